package dev.hexgate.vault.credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's OAuth grant for Hex's MCP server, with what a refresh or revoke needs.
 *
 * @param accessToken        secret, encrypted at rest
 * @param refreshToken       secret, encrypted at rest; null when Hex issued none
 * @param expiresAt          when the access token expires; null when Hex did not say
 * @param scopes             granted scopes
 * @param issuer             the authorization server's issuer identifier
 * @param tokenEndpoint      where to refresh
 * @param revocationEndpoint where to revoke (RFC 7009); null when the server has none
 * @param resource           the protected resource the tokens are for (RFC 8707), e.g. {@code https://app.hex.tech/mcp}
 * @param client             the registered OAuth client
 * @param hexUserId          Hex's user id, when known
 * @param hexUserEmail       Hex's user email, when known
 */
public record HexMcpCredential(
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        List<String> scopes,
        String issuer,
        String tokenEndpoint,
        String revocationEndpoint,
        String resource,
        OAuthClientRegistration client,
        String hexUserId,
        String hexUserEmail) {

    public HexMcpCredential {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(client, "client");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** The same grant with new tokens, as after a refresh (a null refresh token keeps the old one). */
    public HexMcpCredential withTokens(String newAccessToken, String newRefreshToken, Instant newExpiresAt,
            List<String> newScopes) {
        return new HexMcpCredential(newAccessToken, newRefreshToken == null ? refreshToken : newRefreshToken,
                newExpiresAt, newScopes == null ? scopes : newScopes, issuer, tokenEndpoint, revocationEndpoint,
                resource, client, hexUserId, hexUserEmail);
    }

    /** True when the access token expires before {@code now + margin}, or has expired. */
    public boolean expiresWithin(Instant now, Duration margin) {
        return expiresAt != null && !expiresAt.isAfter(now.plus(margin));
    }

    @Override
    public String toString() {
        return "HexMcpCredential[expiresAt=" + expiresAt + ", scopes=" + scopes + ", issuer=" + issuer
                + ", tokenEndpoint=" + tokenEndpoint + ", resource=" + resource + ", client=" + client
                + ", hexUserEmail=" + hexUserEmail + "]";
    }
}
