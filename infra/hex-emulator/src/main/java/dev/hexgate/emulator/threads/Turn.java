package dev.hexgate.emulator.threads;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One prompt and, once the agent is done, its answer. The answer is computed in the background right after the
 * prompt, but only shows once {@code readyAt} has passed, so a thread stays RUNNING for the configured time
 * however fast the warehouse is.
 *
 * @param answer null while the background work has not finished
 */
public record Turn(String prompt, Instant promptedAt, Instant readyAt, Answer answer) {

    public Turn {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(promptedAt, "promptedAt");
        Objects.requireNonNull(readyAt, "readyAt");
    }

    public boolean isReady(Instant now) {
        return answer != null && !now.isBefore(readyAt);
    }

    /** Time until the answer may show; zero once {@code readyAt} has passed (even if the work is still going). */
    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, readyAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    Turn withAnswer(Answer value) {
        return new Turn(prompt, promptedAt, readyAt, value);
    }
}
