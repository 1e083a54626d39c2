package dev.hexgate.hexclient.policy;

import java.time.Duration;

/**
 * How reads are retried after a transient failure (429, 502, 503, 504, no answer, unreachable). Writes are never
 * retried: Hex may have made the change even when the answer was lost.
 *
 * @param maxAttempts    attempts in all, the first included; 1 switches retries off
 * @param budget         time from the first attempt after which no further attempt starts
 * @param initialBackoff wait before the second attempt (before jitter); doubles per attempt
 * @param maxBackoff     the longest back-off between two attempts (a longer {@code Retry-After} still wins, if
 *                       it fits the budget)
 */
public record RetrySettings(int maxAttempts, Duration budget, Duration initialBackoff, Duration maxBackoff) {

    public static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofSeconds(10),
            Duration.ofMillis(500), Duration.ofSeconds(4));
    public static final RetrySettings NONE = new RetrySettings(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetrySettings {
        maxAttempts = Math.max(1, maxAttempts);
        budget = nonNegative(budget, Duration.ofSeconds(10));
        initialBackoff = nonNegative(initialBackoff, Duration.ofMillis(500));
        maxBackoff = nonNegative(maxBackoff, Duration.ofSeconds(4));
    }

    private static Duration nonNegative(Duration value, Duration fallback) {
        return value == null || value.isNegative() ? fallback : value;
    }
}
