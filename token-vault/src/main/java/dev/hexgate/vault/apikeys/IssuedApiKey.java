package dev.hexgate.vault.apikeys;

import java.time.Instant;
import java.util.UUID;

/**
 * A key just issued: the only time the key itself exists outside the caller's hands.
 *
 * @param apiKey {@code hxg_} + 256 random bits (base64url); never in {@link #toString()}
 */
public record IssuedApiKey(UUID id, String user, String apiKey, Instant createdAt) {

    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", user=" + user + ", createdAt=" + createdAt + "]";
    }
}
