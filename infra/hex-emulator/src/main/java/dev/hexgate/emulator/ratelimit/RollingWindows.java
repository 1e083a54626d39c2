package dev.hexgate.emulator.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The accepted requests of one token in one rate-limit group over the last hour, checked against a per-minute and
 * a per-hour limit as rolling windows: a request is accepted if fewer than {@code perMinute} requests were accepted
 * in the minute before it and fewer than {@code perHour} in the hour before it. Rejected requests do not count.
 * This is exact (a log of timestamps, at most {@code perHour} entries), so "the 21st request within a minute" is
 * rejected precisely and the wait it is told is precise too. Not thread-safe; {@link RateLimiter} synchronises.
 */
final class RollingWindows {

    static final Duration MINUTE = Duration.ofMinutes(1);
    static final Duration HOUR = Duration.ofHours(1);

    /** Times of accepted requests, oldest first. */
    private final ArrayDeque<Instant> accepted = new ArrayDeque<>();

    /** Records the request and returns empty if both windows have room; otherwise how long until they both do. */
    Optional<Duration> tryAcquire(Instant now, RateLimitSettings.Limit limit) {
        Instant hourAgo = now.minus(HOUR);
        while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(hourAgo)) {
            accepted.removeFirst();
        }
        Duration wait = Duration.ZERO;
        int inLastMinute = countSince(now.minus(MINUTE));
        if (inLastMinute >= limit.perMinute()) {
            // The slot frees when the oldest request that keeps the minute full leaves the minute window.
            Instant blocking = nthNewest(limit.perMinute());
            wait = max(wait, Duration.between(now, blocking.plus(MINUTE)));
        }
        if (accepted.size() >= limit.perHour()) {
            Instant blocking = nthNewest(limit.perHour());
            wait = max(wait, Duration.between(now, blocking.plus(HOUR)));
        }
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        accepted.addLast(now);
        return Optional.empty();
    }

    boolean isEmpty() {
        return accepted.isEmpty();
    }

    private int countSince(Instant start) {
        int count = 0;
        for (Iterator<Instant> it = accepted.descendingIterator(); it.hasNext(); ) {
            if (!it.next().isAfter(start)) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The n-th most recent accepted request (1 = the newest). */
    private Instant nthNewest(int n) {
        Iterator<Instant> it = accepted.descendingIterator();
        Instant at = null;
        for (int i = 0; i < n; i++) {
            at = it.next();
        }
        return at;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
