package dev.hexgate.emulator.ratelimit;

import dev.hexgate.emulator.openapi.OpenApiDescription;
import dev.hexgate.emulator.state.Resettable;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Counts requests per token and rate-limit group and says whether the next one is over Hex's limits. Settings start
 * from configuration and can be swapped at runtime; a reset restores them and forgets every count.
 */
@Component
public class RateLimiter implements Resettable {

    private final RateLimitSettings configured;
    private final AtomicReference<RateLimitSettings> current;
    private final Clock clock;
    private final Map<Key, RollingWindows> windows = new HashMap<>();

    public RateLimiter(RateLimitSettings configured, Clock clock, OpenApiDescription description) {
        this.configured = configured;
        this.current = new AtomicReference<>(configured);
        this.clock = clock;
        requireKnownGroups(description);
    }

    public RateLimitSettings settings() {
        return current.get();
    }

    public void set(RateLimitSettings settings) {
        current.set(Objects.requireNonNull(settings));
    }

    /**
     * Records a request by {@code token} in {@code group} if the limits allow it.
     *
     * @return empty if the request may proceed, otherwise how long until a slot frees
     */
    public Optional<Duration> tryAcquire(String token, String group) {
        RateLimitSettings settings = current.get();
        if (!settings.enabled()) {
            return Optional.empty();
        }
        Optional<RateLimitSettings.Limit> limit = settings.limitFor(group);
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        synchronized (windows) {
            return windows.computeIfAbsent(new Key(token, group), k -> new RollingWindows())
                    .tryAcquire(clock.instant(), limit.get());
        }
    }

    @Override
    public void reset() {
        synchronized (windows) {
            windows.clear();
        }
        current.set(configured);
    }

    /** A typo in a fragment's {@code x-hex-rate-limit-group} would silently mean "unlimited"; fail at startup. */
    private static void requireKnownGroups(OpenApiDescription description) {
        TreeSet<String> unknown = new TreeSet<>();
        description.api().getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            Object group = op.getExtensions() == null ? null : op.getExtensions().get("x-hex-rate-limit-group");
            if (group != null && !RateLimitSettings.isKnownGroup(group.toString())) {
                unknown.add(op.getOperationId() + ": " + group);
            }
        }));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown x-hex-rate-limit-group (use " + RateLimitSettings.HEX_API + ", "
                    + RateLimitSettings.RUN_PROJECT + " or " + RateLimitSettings.NONE + "): " + unknown);
        }
    }

    /** The token itself is the key: Hex limits per token, and two tokens of one user have separate budgets. */
    private record Key(String token, String group) {
    }
}
