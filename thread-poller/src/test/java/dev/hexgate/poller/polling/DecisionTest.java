package dev.hexgate.poller.polling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.poller.hex.ThreadReadException;
import dev.hexgate.poller.hex.ThreadSnapshot;
import dev.hexgate.poller.schedule.DelayTiers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final PollBudget JUNIOR = new PollBudget(10, Duration.ofSeconds(1), Duration.ofSeconds(20),
            Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(5));
    private static final DelayTiers TIERS = new DelayTiers(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60)));
    private static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");

    @Test
    void runningFollowsHexsWaitTimeClampedAndRoundedUpToATier() {
        assertThat(after(running(5), 1, null).delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(after(running(3), 1, null).delay()).as("never earlier than asked").isEqualTo(Duration.ofSeconds(5));
        assertThat(after(running(0), 1, null).delay()).as("min clamp").isEqualTo(Duration.ofSeconds(1));
        assertThat(after(running(300), 1, null).delay()).as("max clamp").isEqualTo(Duration.ofSeconds(20));
        assertThat(after(running(null), 1, null).delay()).as("no hint: interval").isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theTenthPollStillRunningIsATimeout() {
        Decision decision = after(running(5), 10, null);
        assertThat(decision.outcome()).isEqualTo(ThreadOutcome.TIMEOUT);
        assertThat(decision.error()).contains("10 polls");
        assertThat(after(running(5), 9, null).finished()).isFalse();
    }

    @Test
    void theDeadlineShortensTheLastWaitOrEndsTheWait() {
        assertThat(after(running(20), 1, NOW.plusSeconds(12)).delay()).isEqualTo(Duration.ofSeconds(10));
        Decision over = after(running(20), 1, NOW.plusMillis(500));
        assertThat(over.outcome()).isEqualTo(ThreadOutcome.TIMEOUT);
        assertThat(over.error()).contains("deadline");
    }

    @Test
    void idleCompletesAndErrorFails() {
        assertThat(after(new ThreadSnapshot("IDLE", null, List.of(), null, null, null), 3, null).outcome())
                .isEqualTo(ThreadOutcome.COMPLETED);
        Decision failed = after(new ThreadSnapshot("ERROR", null, List.of(), null, null, "boom"), 3, null);
        assertThat(failed.outcome()).isEqualTo(ThreadOutcome.FAILED);
        assertThat(failed.error()).isEqualTo("boom");
        assertThat(after(new ThreadSnapshot("QUEUED", 2, List.of(), null, null, null), 1, null).finished())
                .as("an undocumented status is never taken for done").isFalse();
    }

    @Test
    void transientFailuresAreRetriedWithinTheBudgetOthersEndTheWait() {
        ThreadReadException transientFailure = new ThreadReadException(ThreadReadException.Kind.TRANSIENT, "503", null);
        Decision retry = Decision.after(transientFailure, 4, NOW, null, JUNIOR, TIERS);
        assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(retry.status()).isEqualTo(Decision.RETRYING);
        assertThat(Decision.after(transientFailure, 10, NOW, null, JUNIOR, TIERS).outcome())
                .isEqualTo(ThreadOutcome.TIMEOUT);
        assertThat(Decision.after(new ThreadReadException(ThreadReadException.Kind.AUTHORIZATION_REQUIRED, "401",
                null), 1, NOW, null, JUNIOR, TIERS).outcome()).isEqualTo(ThreadOutcome.AUTHORIZATION_REQUIRED);
        assertThat(Decision.after(new ThreadReadException(ThreadReadException.Kind.PERMANENT, "unknown thread",
                null), 1, NOW, null, JUNIOR, TIERS).outcome()).isEqualTo(ThreadOutcome.FAILED);
    }

    private static Decision after(ThreadSnapshot snapshot, int polls, Instant deadline) {
        return Decision.after(snapshot, polls, NOW, deadline, JUNIOR, TIERS);
    }

    private static ThreadSnapshot running(Integer waitTime) {
        return new ThreadSnapshot("RUNNING", waitTime, List.of(), null, null, null);
    }
}
