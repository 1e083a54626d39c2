package dev.hexgate.vault.attempts;

import java.time.Instant;
import java.util.UUID;

/**
 * A new attempt and its start token, which exists only here and in the start URL.
 *
 * @param startToken 256 random bits, base64url; never in {@link #toString()}
 */
public record IssuedAttempt(UUID id, String startToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedAttempt[id=" + id + ", expiresAt=" + expiresAt + "]";
    }
}
