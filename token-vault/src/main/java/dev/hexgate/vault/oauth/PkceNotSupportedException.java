package dev.hexgate.vault.oauth;

/**
 * The authorization server does not advertise {@code S256} in {@code code_challenge_methods_supported}. The MCP
 * authorization spec requires clients to refuse such a server: without PKCE a stolen authorization code is enough
 * to get the user's tokens.
 */
public class PkceNotSupportedException extends DiscoveryException {

    public PkceNotSupportedException(String issuer) {
        super("The authorization server " + issuer + " does not advertise PKCE S256 in "
                + "code_challenge_methods_supported; hexgate refuses to authorize against it");
    }
}
