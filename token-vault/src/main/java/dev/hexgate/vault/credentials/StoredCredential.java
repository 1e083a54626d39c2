package dev.hexgate.vault.credentials;

import java.time.Instant;

/**
 * A credential as stored, with its bookkeeping.
 *
 * @param connectedAt when the user connected (kept through refreshes; reset when the user connects again)
 * @param updatedAt   last write (a refresh counts)
 * @param lastUsedAt  last time a service fetched it; null if never
 * @param version     increases with every write
 */
public record StoredCredential<T>(T credential, Instant connectedAt, Instant updatedAt, Instant lastUsedAt,
        long version) {
}
