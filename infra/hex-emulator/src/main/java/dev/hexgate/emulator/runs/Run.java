package dev.hexgate.emulator.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of a project, stored as the instants at which its phases change rather than as a status: the status is
 * worked out for the moment someone looks ({@link #at(Instant)}), so runs advance without background threads and
 * every read is deterministic. The phase instants are fixed when the run is submitted, so changing the timings
 * later never moves a run that already exists (or makes a finished run run again).
 *
 * @param startsAt when it leaves PENDING; null if it never starts (only for seeded runs killed while pending)
 * @param endsAt when it finishes unless cancelled first; for a run without a kernel, when allocation failed
 * @param killedAt when it was cancelled, or null
 * @param flagConfigOverride the {@code flag-config-override} header it was started with, or null
 */
public record Run(
        UUID runId,
        UUID projectId,
        int projectVersion,
        RunTrigger trigger,
        Instant submittedAt,
        Instant startsAt,
        Instant endsAt,
        RunOutcome outcome,
        Instant killedAt,
        List<NotificationRecipient> notifications,
        String flagConfigOverride) {

    public Run {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(outcome, "outcome");
        notifications = List.copyOf(notifications);
        if (startsAt == null ? killedAt == null : endsAt == null) {
            throw new IllegalArgumentException("run " + runId + ": a run that starts needs an end; one that never"
                    + " starts must have been killed");
        }
    }

    /** A run submitted at {@code now} that stays PENDING for {@code pending} and RUNNING for {@code running}. */
    static Run submitted(UUID runId, UUID projectId, int projectVersion, RunOutcome outcome, Instant now,
            Duration pending, Duration running, List<NotificationRecipient> notifications, String flagConfigOverride) {
        Instant startsAt = now.plus(pending);
        // A run without a kernel fails at the moment it would have started.
        Instant endsAt = outcome == RunOutcome.UNABLE_TO_ALLOCATE_KERNEL ? startsAt : startsAt.plus(running);
        return new Run(runId, projectId, projectVersion, RunTrigger.API, now, startsAt, endsAt, outcome, null,
                notifications, flagConfigOverride);
    }

    Run killed(Instant now) {
        return new Run(runId, projectId, projectVersion, trigger, submittedAt, startsAt, endsAt, outcome, now,
                notifications, flagConfigOverride);
    }

    /** The run as it stands at {@code now}. */
    public RunSnapshot at(Instant now) {
        if (killedAt != null && !now.isBefore(killedAt)) {
            Instant started = startsAt != null && !startsAt.isAfter(killedAt)
                    && outcome != RunOutcome.UNABLE_TO_ALLOCATE_KERNEL ? startsAt : null;
            return snapshot(RunStatus.KILLED, started, killedAt);
        }
        if (startsAt == null || now.isBefore(startsAt)) {
            return snapshot(RunStatus.PENDING, null, null);
        }
        if (outcome == RunOutcome.UNABLE_TO_ALLOCATE_KERNEL) {
            return snapshot(RunStatus.UNABLE_TO_ALLOCATE_KERNEL, null, endsAt);
        }
        if (now.isBefore(endsAt)) {
            return snapshot(RunStatus.RUNNING, startsAt, null);
        }
        return snapshot(outcome.status(), startsAt, endsAt);
    }

    private RunSnapshot snapshot(RunStatus status, Instant startTime, Instant endTime) {
        // Elapsed time only exists for a run that ran and ended, as in Hex's example of a RUNNING run.
        Long elapsed = startTime != null && endTime != null ? Duration.between(startTime, endTime).toMillis() : null;
        List<RunSnapshot.StateEvent> events = new ArrayList<>();
        events.add(new RunSnapshot.StateEvent(RunStatus.PENDING, submittedAt));
        if (startTime != null) {
            events.add(new RunSnapshot.StateEvent(RunStatus.RUNNING, startTime));
        }
        if (status.isTerminal()) {
            events.add(new RunSnapshot.StateEvent(status, endTime));
        }
        return new RunSnapshot(this, status, startTime, endTime, elapsed, events);
    }
}
