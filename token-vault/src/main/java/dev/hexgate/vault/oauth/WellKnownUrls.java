package dev.hexgate.vault.oauth;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Where metadata documents live, in the order MCP clients must look (MCP authorization, 2025-11-25). */
final class WellKnownUrls {

    static final String PROTECTED_RESOURCE = "/.well-known/oauth-protected-resource";
    static final String AUTHORIZATION_SERVER = "/.well-known/oauth-authorization-server";
    static final String OPENID_CONFIGURATION = "/.well-known/openid-configuration";

    private WellKnownUrls() {
    }

    /**
     * RFC 9728 §3.1: the well-known segment goes between the host and the resource's path
     * ({@code https://app.hex.tech/.well-known/oauth-protected-resource/mcp}); then the root form, which the MCP
     * spec has clients try next.
     */
    static List<URI> protectedResourceMetadata(URI resource) {
        List<URI> urls = new ArrayList<>();
        String path = pathWithoutTrailingSlash(resource);
        if (!path.isEmpty()) {
            urls.add(at(resource, PROTECTED_RESOURCE + path));
        }
        urls.add(at(resource, PROTECTED_RESOURCE));
        return urls;
    }

    /**
     * For an issuer with a path ({@code https://auth.example.com/tenant1}): RFC 8414 path insertion, OpenID
     * Connect path insertion, then OpenID Connect path appending. For an issuer without a path: RFC 8414, then
     * OpenID Connect. The root RFC 8414 document of an issuer with a path would describe another issuer (and fail
     * the issuer check), so it is not tried.
     */
    static List<URI> authorizationServerMetadata(URI issuer) {
        String path = pathWithoutTrailingSlash(issuer);
        if (path.isEmpty()) {
            return List.of(at(issuer, AUTHORIZATION_SERVER), at(issuer, OPENID_CONFIGURATION));
        }
        return List.of(at(issuer, AUTHORIZATION_SERVER + path), at(issuer, OPENID_CONFIGURATION + path),
                at(issuer, path + OPENID_CONFIGURATION));
    }

    private static String pathWithoutTrailingSlash(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static URI at(URI base, String rawPath) {
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + rawPath);
    }
}
