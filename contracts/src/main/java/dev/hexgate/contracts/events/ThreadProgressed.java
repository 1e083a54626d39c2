package dev.hexgate.contracts.events;

import java.time.Instant;

/** One poll of a Hex thread observed it still working (or idle, just before {@link ThreadFinished}). */
public record ThreadProgressed(
        String eventId,
        String threadId,
        String commandId,
        Origin origin,
        String status,
        int pollCount,
        Integer waitTimeSeconds,
        Instant observedAt) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return threadId();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
