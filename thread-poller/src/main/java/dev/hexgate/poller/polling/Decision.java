package dev.hexgate.poller.polling;

import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.poller.hex.ThreadReadException;
import dev.hexgate.poller.hex.ThreadSnapshot;
import dev.hexgate.poller.schedule.DelayTiers;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What follows one poll: another poll after {@code delay} (a delay tier), or the end with an outcome. Pure: the
 * same answer, count and clock always decide the same.
 *
 * @param delay   the next poll's delay; null when the wait ends
 * @param outcome the end; null when polling goes on
 * @param status  what the poll saw, for {@code ThreadProgressed} ({@code RETRYING} after a transient failure)
 * @param error   why it ended other than COMPLETED, for {@code ThreadFinished.errorMessage}
 */
public record Decision(Duration delay, ThreadOutcome outcome, String status, String error) {

    public static final String RETRYING = "RETRYING";

    public boolean finished() {
        return outcome != null;
    }

    /** After a snapshot. */
    public static Decision after(ThreadSnapshot snapshot, int polls, Instant now, Instant deadline,
            PollBudget budget, DelayTiers tiers) {
        String status = snapshot.status() == null ? "UNKNOWN" : snapshot.status();
        if (snapshot.idle()) {
            return new Decision(null, ThreadOutcome.COMPLETED, status, null);
        }
        if (snapshot.failed()) {
            return new Decision(null, ThreadOutcome.FAILED, status,
                    snapshot.errorMessage() == null ? "Hex ended the thread with an error" : snapshot.errorMessage());
        }
        // RUNNING, or a status Hex has not documented: never treated as done.
        return next(budget.waitAfter(snapshot.waitTimeSeconds()), status, polls, now, deadline, budget, tiers);
    }

    /** After a failed read. */
    public static Decision after(ThreadReadException failure, int polls, Instant now, Instant deadline,
            PollBudget budget, DelayTiers tiers) {
        switch (failure.kind()) {
            case AUTHORIZATION_REQUIRED:
                return new Decision(null, ThreadOutcome.AUTHORIZATION_REQUIRED, "AUTHORIZATION_REQUIRED",
                        "The user's Hex MCP access must be authorized again");
            case PERMANENT:
                return new Decision(null, ThreadOutcome.FAILED, "FAILED", failure.getMessage());
            default:
                return next(budget.retryDelay(), RETRYING, polls, now, deadline, budget, tiers);
        }
    }

    private static Decision next(Duration wanted, String status, int polls, Instant now, Instant deadline,
            PollBudget budget, DelayTiers tiers) {
        if (budget.spent(polls)) {
            return new Decision(null, ThreadOutcome.TIMEOUT, status,
                    "The Hex thread did not finish after " + polls + " polls");
        }
        Duration delay = tiers.atLeast(wanted);
        if (deadline != null && now.plus(delay).isAfter(deadline)) {
            Optional<Duration> shorter = tiers.atMost(Duration.between(now, deadline));
            if (shorter.isEmpty()) {
                return new Decision(null, ThreadOutcome.TIMEOUT, status,
                        "The Hex thread did not finish before its deadline");
            }
            delay = shorter.get();
        }
        return new Decision(delay, null, status, null);
    }
}
