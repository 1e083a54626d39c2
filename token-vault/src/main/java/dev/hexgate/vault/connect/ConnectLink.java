package dev.hexgate.vault.connect;

import dev.hexgate.vault.credentials.Provider;
import java.time.Instant;
import java.util.UUID;

/**
 * Whom a connect link is for, and until when. The link token itself is not kept.
 *
 * @param attemptId the authorization attempt the link was opened from (its start URL), which storing the token
 *                  completes; null for a link minted through {@code POST /internal/connect-links}
 */
public record ConnectLink(String userKey, Provider provider, Instant expiresAt, UUID attemptId) {

    public ConnectLink(String userKey, Provider provider, Instant expiresAt) {
        this(userKey, provider, expiresAt, null);
    }
}
