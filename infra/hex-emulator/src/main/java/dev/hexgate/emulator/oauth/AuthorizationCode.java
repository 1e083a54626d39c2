package dev.hexgate.emulator.oauth;

import java.time.Instant;

/**
 * An issued authorization code and everything the token request is checked against.
 *
 * @param grantId null until the code is exchanged; afterwards the grant its tokens belong to, so a second use can
 *     revoke them
 */
record AuthorizationCode(AuthorizationRequest request, String userEmail, Instant expiresAt, String grantId) {

    boolean isRedeemed() {
        return grantId != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    AuthorizationCode redeemedAs(String grant) {
        return new AuthorizationCode(request, userEmail, expiresAt, grant);
    }
}
