package dev.hexgate.contracts.events;

import java.time.Instant;

/**
 * A Hex thread was created (or continued) for a command and must now be waited on. Keyed by thread id.
 *
 * @param expect   what the caller wants extracted from the answer (column names or a regex), may be null
 * @param deadline when waiting stops with outcome TIMEOUT
 */
public record ThreadStarted(
        String eventId,
        String threadId,
        String commandId,
        String userKey,
        Origin origin,
        String url,
        String expect,
        Instant startedAt,
        Instant deadline) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return threadId();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
