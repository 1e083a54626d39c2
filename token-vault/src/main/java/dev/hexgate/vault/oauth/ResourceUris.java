package dev.hexgate.vault.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Comparing resource identifiers and vetting URLs taken from remote documents. */
final class ResourceUris {

    private ResourceUris() {
    }

    /**
     * RFC 8707 §2 canonical form: lower-case scheme and host, no default port, no fragment, no trailing slash on
     * the path (a bare host keeps none either).
     */
    static URI canonical(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query);
    }

    /**
     * Whether the protected-resource metadata's {@code resource} covers the MCP URL we were configured with: same
     * origin, and its path is the MCP URL's path or a parent of it (a server may publish one resource for its
     * whole origin). Anything else is metadata for another server and must not be used (RFC 9728 §3.3).
     */
    static boolean covers(URI resource, URI mcpUrl) {
        URI r = canonical(resource);
        URI m = canonical(mcpUrl);
        if (!r.getScheme().equals(m.getScheme()) || !r.getRawAuthority().equals(m.getRawAuthority())
                || r.getRawQuery() != null) {
            return false;
        }
        String resourcePath = r.getRawPath() == null ? "" : r.getRawPath();
        String mcpPath = m.getRawPath() == null ? "" : m.getRawPath();
        return mcpPath.equals(resourcePath) || mcpPath.startsWith(resourcePath + "/");
    }

    /**
     * A URL a remote document handed us (metadata location, issuer, endpoint) must be absolute, without fragment,
     * and over HTTPS. Plain HTTP is accepted only where the configured MCP URL is itself plain HTTP (a local or test
     * deployment, e.g. the emulator): discovery never downgrades an HTTPS deployment.
     */
    static URI requireUsable(String value, URI mcpUrl, String what) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException | NullPointerException e) {
            throw new DiscoveryException(what + " is not a valid URL: " + value);
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null) {
            throw new DiscoveryException(what + " must be an absolute URL without fragment: " + value);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean plainAllowed = "http".equalsIgnoreCase(mcpUrl.getScheme());
        if (!(scheme.equals("https") || (scheme.equals("http") && plainAllowed))) {
            throw new DiscoveryException(what + " must use https: " + value);
        }
        return uri;
    }
}
