package dev.hexgate.contracts.events;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Something changed (or a run changed status) and must be on the audit trail. Keyed by target id.
 *
 * @param actor      the user key on whose behalf it happened
 * @param action     e.g. {@code project.run}, {@code run.status_changed}, {@code credential.connected}
 * @param targetType e.g. {@code project}, {@code run}, {@code credential}
 * @param arguments  the command arguments with secrets and free text replaced by hashes
 * @param outcome    {@code succeeded}, {@code failed:<code>}, or a run status
 * @param source     the service that observed it
 */
public record AuditRecorded(
        String eventId,
        String actor,
        String action,
        String targetType,
        String targetId,
        JsonNode arguments,
        String outcome,
        String hexRunId,
        String commandId,
        String source,
        Instant occurredAt) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return targetId();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
