package dev.hexgate.emulator.oauth;

import java.time.Instant;

/**
 * An issued OAuth token as the control plane lists it.
 *
 * @param kind {@code oauth-access} or {@code oauth-refresh}
 * @param userEmail the workspace user the token acts as
 * @param revoked true once the token can no longer be used for a reason other than expiry: revoked, its grant
 *     revoked, or (refresh tokens) rotated
 */
public record IssuedOAuthToken(
        String token, String kind, String userEmail, String clientId, Instant expiresAt, boolean revoked) {

    public static final String ACCESS = "oauth-access";
    public static final String REFRESH = "oauth-refresh";
}
