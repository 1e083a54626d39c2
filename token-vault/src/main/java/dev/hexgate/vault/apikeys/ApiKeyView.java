package dev.hexgate.vault.apikeys;

import java.time.Instant;
import java.util.UUID;

/**
 * An API key as listed: everything but the key, which the vault does not have.
 *
 * @param origin {@code admin} (issued through the admin API) or {@code bootstrap} (from configuration)
 */
public record ApiKeyView(UUID id, String user, String origin, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
