package dev.hexgate.contracts.events;

import java.time.Instant;

/**
 * A scheduled poll of a Hex thread, published to a delay topic and not acted on before {@code dueAt}.
 *
 * @param attempt  1 for the first poll
 * @param deadline when the thread's waiting budget is spent
 */
public record ThreadPollDue(
        String eventId,
        String threadId,
        String commandId,
        String userKey,
        Origin origin,
        int attempt,
        Instant dueAt,
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
