package dev.hexgate.vault.oauth;

/**
 * The MCP server or its authorization server could not be discovered, or what was discovered is not safe to use
 * (no metadata, an issuer or resource that does not match, an endpoint over plain HTTP behind an HTTPS MCP URL).
 */
public class DiscoveryException extends OAuthClientException {

    public DiscoveryException(String message) {
        super(message);
    }

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
