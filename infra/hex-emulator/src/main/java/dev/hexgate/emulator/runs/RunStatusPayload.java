package dev.hexgate.emulator.runs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * GetRunStatus's body and the item of GetProjectRuns. Hex forbids fields beyond these. {@code startTime},
 * {@code endTime} and {@code elapsedTime} are always present (null until known); {@code flagConfigOverride} and
 * {@code stateEvents} only with {@code enable-expanded-stats: true}.
 *
 * @param elapsedTime milliseconds; whole numbers, as Hex's JSON writes them
 */
public record RunStatusPayload(
        UUID projectId,
        int projectVersion,
        UUID runId,
        String runUrl,
        RunStatus status,
        RunTrigger runTrigger,
        Instant startTime,
        Instant endTime,
        Long elapsedTime,
        String traceId,
        List<NotificationRecipient> notifications,
        @JsonInclude(JsonInclude.Include.NON_NULL) String flagConfigOverride,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StateEvent> stateEvents) {

    /** One status change; Hex types all three fields as strings. */
    public record StateEvent(String type, String value, Instant timestamp) {
    }

    static RunStatusPayload of(RunSnapshot snapshot, String runUrl, String traceId, boolean expanded) {
        Run run = snapshot.run();
        List<StateEvent> events = expanded
                ? snapshot.events().stream().map(e -> new StateEvent("STATUS", e.status().name(), e.at())).toList()
                : null;
        return new RunStatusPayload(run.projectId(), run.projectVersion(), run.runId(), runUrl, snapshot.status(),
                run.trigger(), snapshot.startTime(), snapshot.endTime(), snapshot.elapsedMillis(), traceId,
                run.notifications(), expanded ? run.flagConfigOverride() : null, events);
    }
}
