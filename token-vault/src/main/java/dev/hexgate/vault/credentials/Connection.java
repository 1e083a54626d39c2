package dev.hexgate.vault.credentials;

import java.time.Instant;

/**
 * One line of a user's "connected accounts".
 *
 * @param connectedAt null when not connected
 */
public record Connection(Provider provider, boolean connected, Instant connectedAt) {
}
