package dev.hexgate.hexclient.policy;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.error.HexApiException.Kind;
import dev.hexgate.hexclient.policy.RateLimitSettings.Window;
import dev.hexgate.hexclient.rest.HexRequest.RateLimitGroup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Keeps each Hex token within Hex's published limits (per token and rate-limit group), on the client side. A call
 * that would exceed a limit gets the earliest slot that respects every window of its group and waits for it
 * without holding a thread ({@code Mono.delay}); if that slot is further away than the allowed wait, the call fails
 * at once with {@link Kind#THROTTLED} and Hex is not called.
 *
 * <p>The bookkeeping is a sliding log of granted slots per token and group: exact for rolling windows, at most a
 * few thousand instants per token (the hourly limit). Slots are granted in order (first come, first served).
 * Tokens are kept only as SHA-256 digests; no token is logged or held.
 *
 * <p>One limiter counts only the calls of its own process: with several instances, each keeps its own count, so
 * configure the limits per instance accordingly (or rely on Hex's 429s, which reads retry).
 */
public final class TokenRateLimiter {

    private final RateLimitSettings settings;
    private final Clock clock;
    private final Map<String, SlotLog> logs = new ConcurrentHashMap<>();

    public TokenRateLimiter(RateLimitSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public TokenRateLimiter(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Completes when the call may go to Hex, or fails with {@link Kind#THROTTLED} when no slot is free within
     * {@code maxWait} (further capped by the configured maximum wait).
     */
    public Mono<Void> acquire(String token, RateLimitGroup group, Duration maxWait) {
        if (!settings.enabled() || settings.windowsOf(group).isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            Duration allowed = maxWait == null || maxWait.compareTo(settings.maxWait()) > 0 ? settings.maxWait()
                    : maxWait;
            Decision decision = reserve(key(token, group), group, clock.instant(), allowed);
            if (!decision.granted()) {
                return Mono.error(throttled(group, decision.delay()));
            }
            return decision.delay().isZero() ? Mono.empty() : Mono.delay(decision.delay()).then();
        });
    }

    /** The decision for one call at {@code now}; a granted slot is booked. Visible for tests. */
    Decision reserve(String key, RateLimitGroup group, Instant now, Duration maxWait) {
        List<Window> windows = settings.windowsOf(group);
        SlotLog log = logs.computeIfAbsent(key, k -> new SlotLog());
        synchronized (log) {
            Duration longest = windows.stream().map(Window::length).max(Duration::compareTo).orElseThrow();
            log.forgetUpTo(now.minus(longest));
            Instant slot = log.earliestSlot(now, windows);
            Duration wait = Duration.between(now, slot);
            if (wait.compareTo(maxWait) > 0) {
                return new Decision(false, wait);
            }
            log.book(slot);
            return new Decision(true, wait);
        }
    }

    /** Granted (after {@code delay}), or refused (a slot frees up after {@code delay}). */
    record Decision(boolean granted, Duration delay) {
    }

    private HexApiException throttled(RateLimitGroup group, Duration wait) {
        String limits = settings.windowsOf(group).stream().map(Window::toString).collect(Collectors.joining(" and "));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String what = group == RateLimitGroup.RUN_PROJECT ? "project runs" : "Hex API calls";
        return new HexApiException(Kind.THROTTLED, 0, null, null, null, Duration.ofSeconds(seconds),
                "hexgate held the call back: this Hex token has used its allowance of " + what + " (" + limits
                        + "); the next slot is free in " + seconds + " s. Hex was not called.",
                null);
    }

    /** Digest of the token and the group: the token itself is never kept. */
    static String key(String token, RateLimitGroup group) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ":" + group;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Granted slots of one token and group, oldest first (slots are granted in non-decreasing order). */
    private static final class SlotLog {

        private final List<Instant> slots = new ArrayList<>();

        void forgetUpTo(Instant cutoff) {
            int stale = 0;
            while (stale < slots.size() && !slots.get(stale).isAfter(cutoff)) {
                stale++;
            }
            slots.subList(0, stale).clear();
        }

        /**
         * The earliest instant, not before {@code now} nor before the last granted slot, at which every window
         * holds fewer than its limit: for a window of length W and limit L, the L-th most recent slot must be at
         * least W old.
         */
        Instant earliestSlot(Instant now, List<Window> windows) {
            Instant slot = slots.isEmpty() || now.isAfter(last()) ? now : last();
            for (Window window : windows) {
                if (slots.size() >= window.limit()) {
                    Instant freedAt = slots.get(slots.size() - window.limit()).plus(window.length());
                    if (freedAt.isAfter(slot)) {
                        slot = freedAt;
                    }
                }
            }
            return slot;
        }

        void book(Instant slot) {
            slots.add(slot);
        }

        private Instant last() {
            return slots.get(slots.size() - 1);
        }
    }
}
