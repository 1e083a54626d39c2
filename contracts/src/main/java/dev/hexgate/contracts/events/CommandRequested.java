package dev.hexgate.contracts.events;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A caller asked for one Hex operation. Keyed by user key on {@code hexgate.commands}, so one user's commands are
 * handled in order.
 *
 * @param commandId   stable across redeliveries and re-runs after authorization; the idempotency key
 * @param userKey     {@code slack:T…:U…} or {@code mcp:<key owner>}
 * @param operation   the tool name, e.g. {@code list_hex_projects}
 * @param arguments   the validated tool arguments; a secret only ever sealed for hex-api-service
 *                    ({@link dev.hexgate.contracts.secrets.SealedArguments}), never in clear
 * @param deadline    after this instant nobody waits for the result any more
 */
public record CommandRequested(
        String eventId,
        String commandId,
        String userKey,
        Origin origin,
        String operation,
        JsonNode arguments,
        Instant requestedAt,
        Instant deadline) implements HexgateEvent {

    public CommandRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public boolean expiredAt(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    @Override
    public String partitionKey() {
        return userKey();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
