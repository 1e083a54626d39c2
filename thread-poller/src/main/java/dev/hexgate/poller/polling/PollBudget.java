package dev.hexgate.poller.polling;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.thread-poller.budget}: Junior's defaults, up to 10 polls 20 s apart, Hex's
 * {@code waitTime} honoured within 1–20 s. A thread's {@code ThreadStarted.deadline}, when set, ends it too.
 *
 * @param maxPolls       {@code HEXGATE_THREAD_POLLER_MAX_POLLS}, default 10; 0 or less: only the deadline limits
 * @param firstPollDelay {@code HEXGATE_THREAD_POLLER_FIRST_POLL_DELAY}, default 1s after the start is seen
 * @param interval       wait when Hex names none ({@code HEXGATE_THREAD_POLLER_INTERVAL}, default 20s)
 * @param minWait        lower clamp of Hex's waitTime ({@code HEXGATE_THREAD_POLLER_MIN_WAIT}, default 1s)
 * @param maxWait        upper clamp ({@code HEXGATE_THREAD_POLLER_MAX_WAIT}, default 20s)
 * @param retryDelay     wait after a transient failure ({@code HEXGATE_THREAD_POLLER_RETRY_DELAY}, default 5s);
 *                       the failed poll counts against maxPolls
 */
public record PollBudget(
        @DefaultValue("10") int maxPolls,
        @DefaultValue("1s") Duration firstPollDelay,
        @DefaultValue("20s") Duration interval,
        @DefaultValue("1s") Duration minWait,
        @DefaultValue("20s") Duration maxWait,
        @DefaultValue("5s") Duration retryDelay) {

    /** Hex's suggested wait clamped to [minWait, maxWait]; {@code interval} when Hex gave none. */
    public Duration waitAfter(Integer waitTimeSeconds) {
        if (waitTimeSeconds == null) {
            return interval;
        }
        Duration asked = Duration.ofSeconds(Math.max(0, waitTimeSeconds));
        if (asked.compareTo(minWait) < 0) {
            return minWait;
        }
        return asked.compareTo(maxWait) > 0 ? maxWait : asked;
    }

    public boolean spent(int polls) {
        return maxPolls > 0 && polls >= maxPolls;
    }
}
