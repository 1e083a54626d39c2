package dev.hexgate.contracts.events;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Hex answered a command successfully. Keyed by command id on {@code hexgate.command-results}.
 *
 * @param result    Hex's answer with Hex's own field names (secrets already removed)
 * @param hexStatus the HTTP status Hex answered with (e.g. 200, 201, 204)
 */
public record CommandCompleted(
        String eventId,
        String commandId,
        String userKey,
        Origin origin,
        String operation,
        JsonNode result,
        int hexStatus,
        Instant completedAt) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return commandId();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
