package dev.hexgate.hexapi.audit;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexapi.operations.HexOperation.AuditTarget;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code AuditRecorded} events hex-api-service publishes (to {@code hexgate.audit}, keyed by target id):
 *
 * <ul>
 *   <li>for every mutation attempt (once its ledger row is written): action = the tool name, target from
 *       {@link HexOperation#auditTarget} (for a create without an id, the result's {@code id} or
 *       {@code threadId}), redacted arguments or {@link HexOperation#auditArguments}, outcome {@code succeeded} or {@code failed:<CODE>},
 *       the Hex run id when there is one;</li>
 *   <li>for every run status change hexgate observes: action {@value #RUN_STATUS_CHANGED}, target the run,
 *       outcome the new status, arguments {@code projectId}, {@code previousStatus} (null the first time the run
 *       is seen) and {@code status}. Its event id is derived from run, previous and new status, so a repeated
 *       observation of the same change carries the same id and audit-log can drop the copy.</li>
 * </ul>
 */
@Component
public class AuditEvents {

    public static final String SOURCE = "hex-api-service";
    public static final String RUN_STATUS_CHANGED = "run.status_changed";
    public static final String SUCCEEDED = "succeeded";

    private final Clock clock;

    public AuditEvents(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public AuditRecorded mutation(CommandRequested command, HexOperation operation, HexgateEvent result) {
        JsonNode body = result instanceof CommandCompleted completed ? completed.result() : null;
        AuditTarget target = operation.auditTarget(command.arguments());
        String targetId = target.id() != null ? target.id()
                : text(body, "id").or(() -> text(body, "threadId")).orElse(command.commandId());
        String outcome = result instanceof CommandFailed failed ? "failed:" + failed.code() : SUCCEEDED;
        String runId = text(body, "runId").or(() -> text(command.arguments(), "run_id")).orElse(null);
        return new AuditRecorded(UUID.randomUUID().toString(), command.userKey(), command.operation(),
                target.type() == null ? "unknown" : target.type(), targetId,
                operation.auditArguments(command.arguments())
                        .orElseGet(() -> Redaction.auditArguments(command.arguments())), outcome, runId, command.commandId(), SOURCE,
                clock.instant());
    }

    public AuditRecorded runStatusChanged(CommandRequested command, RunObservation run, String previousStatus) {
        ObjectNode details = EventCodec.mapper().createObjectNode();
        details.put("projectId", run.projectId());
        details.put("previousStatus", previousStatus);
        details.put("status", run.status());
        String eventId = UUID.nameUUIDFromBytes(("hexgate:run-status:" + run.runId() + ":" + previousStatus + ":"
                + run.status()).getBytes(StandardCharsets.UTF_8)).toString();
        return new AuditRecorded(eventId, command.userKey(), RUN_STATUS_CHANGED, "run", run.runId(), details,
                run.status(), run.runId(), command.commandId(), SOURCE, clock.instant());
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node != null && node.path(field).isString() && !node.path(field).asString().isBlank()
                ? Optional.of(node.path(field).asString()) : Optional.empty();
    }
}
