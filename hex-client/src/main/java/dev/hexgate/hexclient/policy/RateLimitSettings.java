package dev.hexgate.hexclient.policy;

import dev.hexgate.hexclient.rest.HexRequest.RateLimitGroup;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * hexgate's own copy of Hex's published per-token limits, so that a busy token waits for a free slot instead of
 * collecting 429s. Hex's numbers "may vary" per workspace, hence configurable.
 *
 * @param enabled off: every call goes straight to Hex
 * @param maxWait the longest a call waits for a slot; beyond that it fails at once ({@code THROTTLED}) without
 *                calling Hex. A command's deadline shortens it further.
 * @param windows per group, every window that applies (e.g. 20 per minute and 60 per hour)
 */
public record RateLimitSettings(boolean enabled, Duration maxWait, Map<RateLimitGroup, List<Window>> windows) {

    /** Hex's published limits: RunProject 20/min and 60/h; every other call 30/min and 1800/h, per token. */
    public static RateLimitSettings hexDefaults() {
        return of(true, Duration.ofSeconds(10), 20, 60, 30, 1800);
    }

    public static RateLimitSettings disabled() {
        return new RateLimitSettings(false, Duration.ZERO, Map.of());
    }

    public static RateLimitSettings of(boolean enabled, Duration maxWait, int runProjectPerMinute,
            int runProjectPerHour, int hexApiPerMinute, int hexApiPerHour) {
        Map<RateLimitGroup, List<Window>> windows = new EnumMap<>(RateLimitGroup.class);
        windows.put(RateLimitGroup.RUN_PROJECT, List.of(Window.perMinute(runProjectPerMinute),
                Window.perHour(runProjectPerHour)));
        windows.put(RateLimitGroup.HEX_API, List.of(Window.perMinute(hexApiPerMinute), Window.perHour(hexApiPerHour)));
        return new RateLimitSettings(enabled, maxWait, windows);
    }

    public RateLimitSettings {
        maxWait = maxWait == null || maxWait.isNegative() ? Duration.ZERO : maxWait;
        windows = Map.copyOf(windows);
    }

    public List<Window> windowsOf(RateLimitGroup group) {
        return windows.getOrDefault(group, List.of());
    }

    /** At most {@code limit} calls in any period of {@code length}. */
    public record Window(int limit, Duration length) {

        public Window {
            if (limit < 1) {
                throw new IllegalArgumentException("a rate limit needs at least 1 call per window: " + limit);
            }
            if (length == null || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a rate-limit window needs a positive length: " + length);
            }
        }

        public static Window perMinute(int limit) {
            return new Window(limit, Duration.ofMinutes(1));
        }

        public static Window perHour(int limit) {
            return new Window(limit, Duration.ofHours(1));
        }

        @Override
        public String toString() {
            return limit + " per " + (length.equals(Duration.ofMinutes(1)) ? "minute"
                    : length.equals(Duration.ofHours(1)) ? "hour" : length.toSeconds() + " s");
        }
    }
}
