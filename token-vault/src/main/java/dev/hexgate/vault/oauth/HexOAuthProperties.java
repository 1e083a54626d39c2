package dev.hexgate.vault.oauth;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How token-vault's OAuth client reaches Hex MCP and presents itself ({@code hexgate.token-vault.oauth.*}).
 *
 * @param mcpUrl         {@code HEX_MCP_URL}: the Hex MCP endpoint; everything else (protected-resource metadata,
 *                       authorization server, endpoints) is discovered from it. Default {@code https://app.hex.tech/mcp}.
 * @param redirectUri    {@code TOKEN_VAULT_OAUTH_REDIRECT_URI}: hexgate's callback, registered with the
 *                       authorization server and sent on every authorization and code-exchange request. Default
 *                       {@code http://localhost:8082/oauth/callback/mcp/hex}.
 * @param clientName     {@code TOKEN_VAULT_OAUTH_CLIENT_NAME}: the {@code client_name} registered, shown on the
 *                       consent page. Default {@code hexgate}.
 * @param connectTimeout {@code TOKEN_VAULT_OAUTH_CONNECT_TIMEOUT}: TCP/TLS connect limit per request. Default 5s.
 * @param requestTimeout {@code TOKEN_VAULT_OAUTH_REQUEST_TIMEOUT}: limit for one whole HTTP exchange (headers and
 *                       body) with Hex's MCP server or authorization server. Default 10s.
 */
@ConfigurationProperties("hexgate.token-vault.oauth")
public record HexOAuthProperties(
        URI mcpUrl,
        URI redirectUri,
        String clientName,
        Duration connectTimeout,
        Duration requestTimeout) {

    public HexOAuthProperties {
        mcpUrl = Objects.requireNonNullElse(mcpUrl, URI.create("https://app.hex.tech/mcp"));
        redirectUri = Objects.requireNonNullElse(redirectUri,
                URI.create("http://localhost:8082/oauth/callback/mcp/hex"));
        clientName = clientName == null || clientName.isBlank() ? "hexgate" : clientName;
        connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(5));
        requestTimeout = Objects.requireNonNullElse(requestTimeout, Duration.ofSeconds(10));
        requireAbsoluteHttp(mcpUrl, "mcp-url");
        requireAbsoluteHttp(redirectUri, "redirect-uri");
        if (redirectUri.getRawFragment() != null) {
            throw new IllegalArgumentException("hexgate.token-vault.oauth.redirect-uri must not have a fragment");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("hexgate.token-vault.oauth timeouts must be positive");
        }
    }

    /** Settings for {@code mcpUrl} with every other value at its default (the conformance client, tests). */
    public static HexOAuthProperties forMcpUrl(URI mcpUrl, URI redirectUri) {
        return new HexOAuthProperties(mcpUrl, redirectUri, null, null, null);
    }

    public HexOAuthProperties withTimeouts(Duration connect, Duration request) {
        return new HexOAuthProperties(mcpUrl, redirectUri, clientName, connect, request);
    }

    public HexOAuthProperties withClientName(String name) {
        return new HexOAuthProperties(mcpUrl, redirectUri, name, connectTimeout, requestTimeout);
    }

    private static void requireAbsoluteHttp(URI uri, String property) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("hexgate.token-vault.oauth." + property
                    + " must be an absolute http(s) URL: " + uri);
        }
    }
}
