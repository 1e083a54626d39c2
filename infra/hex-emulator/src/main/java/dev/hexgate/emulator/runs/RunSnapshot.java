package dev.hexgate.emulator.runs;

import java.time.Instant;
import java.util.List;

/**
 * A run as seen at one instant. {@code startTime}, {@code endTime} and {@code elapsedMillis} are null until the
 * run has started / ended, matching Hex's required-but-nullable fields.
 *
 * @param events the status changes so far, oldest first (the expanded-stats {@code stateEvents})
 */
public record RunSnapshot(
        Run run, RunStatus status, Instant startTime, Instant endTime, Long elapsedMillis, List<StateEvent> events) {

    public RunSnapshot {
        events = List.copyOf(events);
    }

    public record StateEvent(RunStatus status, Instant at) {
    }
}
