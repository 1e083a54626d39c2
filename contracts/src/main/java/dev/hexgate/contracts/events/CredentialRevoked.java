package dev.hexgate.contracts.events;

import java.time.Instant;

/** A user's Hex credential was deleted (disconnect, or refused refresh). */
public record CredentialRevoked(
        String eventId,
        String userKey,
        String provider,
        String reason,
        Instant revokedAt) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return userKey();
    }

    @Override
    public String correlatedCommandId() {
        return null;
    }
}
