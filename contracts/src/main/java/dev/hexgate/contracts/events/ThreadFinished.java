package dev.hexgate.contracts.events;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Waiting on a Hex thread ended. Exactly one per thread.
 *
 * @param tables     tables from the answer, as Hex shaped them
 * @param extraction the value found for the caller's {@code expect}, or null
 */
public record ThreadFinished(
        String eventId,
        String threadId,
        String commandId,
        String userKey,
        Origin origin,
        ThreadOutcome outcome,
        List<String> messages,
        JsonNode tables,
        String url,
        JsonNode extraction,
        String errorMessage,
        Instant finishedAt) implements HexgateEvent {

    /** How waiting on a thread ended. */
    public enum ThreadOutcome { COMPLETED, FAILED, TIMEOUT, AUTHORIZATION_REQUIRED }

    @Override
    public String partitionKey() {
        return threadId();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
