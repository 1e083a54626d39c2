package dev.hexgate.vault.connect;

import dev.hexgate.vault.credentials.Provider;
import java.time.Instant;

/** Whom a connect link is for, and until when. The link token itself is not kept. */
public record ConnectLink(String userKey, Provider provider, Instant expiresAt) {
}
