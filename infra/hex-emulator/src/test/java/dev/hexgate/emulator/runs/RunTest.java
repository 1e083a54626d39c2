package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A run's status, times and events at any instant, from the phase instants fixed at submission. */
class RunTest {

    private static final Instant T0 = Instant.parse("2025-11-03T10:00:00.000Z");
    private static final Duration PENDING = Duration.ofSeconds(1);
    private static final Duration RUNNING = Duration.ofSeconds(2);

    @Test
    void completesAfterPendingAndRunning() {
        Run run = run(RunOutcome.COMPLETED);

        assertSnapshot(run.at(T0), RunStatus.PENDING, null, null, null);
        assertSnapshot(run.at(T0.plusMillis(999)), RunStatus.PENDING, null, null, null);
        assertSnapshot(run.at(T0.plusMillis(1000)), RunStatus.RUNNING, T0.plusSeconds(1), null, null);
        assertSnapshot(run.at(T0.plusMillis(2999)), RunStatus.RUNNING, T0.plusSeconds(1), null, null);
        assertSnapshot(run.at(T0.plusMillis(3000)), RunStatus.COMPLETED, T0.plusSeconds(1), T0.plusSeconds(3), 2000L);
        assertSnapshot(run.at(T0.plusSeconds(3600)), RunStatus.COMPLETED, T0.plusSeconds(1), T0.plusSeconds(3), 2000L);
    }

    @Test
    void errorsWhenTheProjectIsConfiguredToFail() {
        assertSnapshot(run(RunOutcome.ERRORED).at(T0.plusSeconds(5)), RunStatus.ERRORED, T0.plusSeconds(1),
                T0.plusSeconds(3), 2000L);
    }

    @Test
    void withoutAKernelItFailsWhenItWouldHaveStarted() {
        Run run = run(RunOutcome.UNABLE_TO_ALLOCATE_KERNEL);

        assertSnapshot(run.at(T0.plusMillis(500)), RunStatus.PENDING, null, null, null);
        assertSnapshot(run.at(T0.plusSeconds(1)), RunStatus.UNABLE_TO_ALLOCATE_KERNEL, null, T0.plusSeconds(1), null);
        assertThat(run.at(T0.plusSeconds(1)).events()).extracting(RunSnapshot.StateEvent::status)
                .containsExactly(RunStatus.PENDING, RunStatus.UNABLE_TO_ALLOCATE_KERNEL);
    }

    @Test
    void killedWhilePendingNeverStarted() {
        Run killed = run(RunOutcome.COMPLETED).killed(T0.plusMillis(400));

        assertSnapshot(killed.at(T0.plusMillis(399)), RunStatus.PENDING, null, null, null);
        assertSnapshot(killed.at(T0.plusMillis(400)), RunStatus.KILLED, null, T0.plusMillis(400), null);
        assertSnapshot(killed.at(T0.plusSeconds(10)), RunStatus.KILLED, null, T0.plusMillis(400), null);
    }

    @Test
    void killedWhileRunningKeepsItsStart() {
        Run killed = run(RunOutcome.COMPLETED).killed(T0.plusMillis(1500));

        assertSnapshot(killed.at(T0.plusSeconds(10)), RunStatus.KILLED, T0.plusSeconds(1), T0.plusMillis(1500), 500L);
        assertThat(killed.at(T0.plusSeconds(10)).events()).extracting(RunSnapshot.StateEvent::status)
                .containsExactly(RunStatus.PENDING, RunStatus.RUNNING, RunStatus.KILLED);
    }

    @Test
    void zeroPendingRunsAtOnce() {
        Run run = Run.submitted(UUID.randomUUID(), UUID.randomUUID(), 1, RunOutcome.COMPLETED, T0, Duration.ZERO,
                RUNNING, List.of(), null);

        assertThat(run.at(T0).status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void eventsListWhatHappenedSoFarWithTheirInstants() {
        Run run = run(RunOutcome.COMPLETED);

        assertThat(run.at(T0).events()).containsExactly(new RunSnapshot.StateEvent(RunStatus.PENDING, T0));
        assertThat(run.at(T0.plusSeconds(4)).events()).containsExactly(
                new RunSnapshot.StateEvent(RunStatus.PENDING, T0),
                new RunSnapshot.StateEvent(RunStatus.RUNNING, T0.plusSeconds(1)),
                new RunSnapshot.StateEvent(RunStatus.COMPLETED, T0.plusSeconds(3)));
    }

    @Test
    void onlyPendingAndRunningAreNonTerminal() {
        assertThat(RunStatus.values()).filteredOn(s -> !s.isTerminal())
                .containsExactlyInAnyOrder(RunStatus.PENDING, RunStatus.RUNNING);
    }

    private static Run run(RunOutcome outcome) {
        return Run.submitted(UUID.randomUUID(), UUID.randomUUID(), 3, outcome, T0, PENDING, RUNNING, List.of(), null);
    }

    private static void assertSnapshot(RunSnapshot snapshot, RunStatus status, Instant start, Instant end,
            Long elapsed) {
        assertThat(snapshot.status()).isEqualTo(status);
        assertThat(snapshot.startTime()).as("startTime").isEqualTo(start);
        assertThat(snapshot.endTime()).as("endTime").isEqualTo(end);
        assertThat(snapshot.elapsedMillis()).as("elapsed").isEqualTo(elapsed);
    }
}
