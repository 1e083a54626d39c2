package dev.hexgate.vault.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's tokens from one authorization server. Secrets: store them encrypted; {@link #toString()} never shows
 * them.
 *
 * @param issuer       the authorization server that issued them
 * @param accessToken  the bearer token for MCP requests
 * @param refreshToken the refresh token, or null when none was issued (no {@code offline_access}); after a refresh
 *                     it is the rotated one, the old one is dead
 * @param expiresAt    when the access token expires ({@code expires_in} after it was obtained), or null if the
 *                     server did not say
 * @param scopes       the scopes granted (the server's {@code scope}, or what was requested when it omits it)
 * @param obtainedAt   when the token response arrived
 */
public record OAuthTokens(
        String issuer,
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        List<String> scopes,
        Instant obtainedAt) {

    public OAuthTokens {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(obtainedAt, "obtainedAt");
        scopes = List.copyOf(scopes);
    }

    public boolean hasRefreshToken() {
        return refreshToken != null;
    }

    /** Whether the access token is expired, or will be within {@code margin} (refresh a little early). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "OAuthTokens[issuer=" + issuer + ", accessToken=(redacted), refreshToken="
                + (refreshToken == null ? "none" : "(redacted)") + ", expiresAt=" + expiresAt + ", scopes=" + scopes
                + ", obtainedAt=" + obtainedAt + "]";
    }
}
