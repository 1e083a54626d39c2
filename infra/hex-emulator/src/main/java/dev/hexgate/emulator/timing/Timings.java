package dev.hexgate.emulator.timing;

import dev.hexgate.emulator.state.Resettable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How long simulated work takes: a run's PENDING and RUNNING phases and a thread's RUNNING phase. Starts from
 * {@link Settings} ({@code hexgate.emulator.timing.*}) and can be changed at runtime through the control plane
 * ({@code PUT /_emulator/timing}); a reset restores the configured values. Readers take a snapshot per decision
 * so a change never applies half-way through one.
 */
@Component
public class Timings implements Resettable {

    private final Settings configured;
    private final AtomicReference<Settings> current;

    public Timings(Settings configured) {
        this.configured = configured;
        this.current = new AtomicReference<>(configured);
    }

    public Settings current() {
        return current.get();
    }

    public void set(Settings settings) {
        current.set(Objects.requireNonNull(settings));
    }

    @Override
    public void reset() {
        current.set(configured);
    }

    /**
     * @param runPending time a new run stays PENDING (env {@code HEX_EMULATOR_RUN_PENDING})
     * @param runRunning time a run stays RUNNING before it completes or errors (env {@code HEX_EMULATOR_RUN_RUNNING})
     * @param threadRunning time a thread works before it answers (env {@code HEX_EMULATOR_THREAD_RUNNING})
     * @param threadWaitTime the {@code waitTime} hint, in seconds, a running thread reports to pollers
     */
    @ConfigurationProperties(prefix = "hexgate.emulator.timing")
    public record Settings(
            @DefaultValue("1s") Duration runPending,
            @DefaultValue("2s") Duration runRunning,
            @DefaultValue("3s") Duration threadRunning,
            @DefaultValue("5") int threadWaitTime) {

        public Settings {
            requireNotNegative(runPending, "runPending");
            requireNotNegative(runRunning, "runRunning");
            requireNotNegative(threadRunning, "threadRunning");
            if (threadWaitTime < 0) {
                throw new IllegalArgumentException("threadWaitTime must not be negative");
            }
        }

        private static void requireNotNegative(Duration d, String name) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be a non-negative duration");
            }
        }
    }
}
