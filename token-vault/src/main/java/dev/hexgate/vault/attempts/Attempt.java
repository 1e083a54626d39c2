package dev.hexgate.vault.attempts;

import dev.hexgate.vault.credentials.Provider;
import java.time.Instant;
import java.util.UUID;

/**
 * An authorization attempt as the start URL or the callback found it. Holds no secret.
 *
 * @param parkedCommand the parked {@code CommandRequested} as JSON, or null; never logged
 */
public record Attempt(UUID id, String userKey, Provider provider, String parkedCommand, Instant expiresAt) {

    @Override
    public String toString() {
        return "Attempt[id=" + id + ", userKey=" + userKey + ", provider=" + provider.id() + ", parkedCommand="
                + (parkedCommand == null ? "none" : "yes") + ", expiresAt=" + expiresAt + "]";
    }
}
