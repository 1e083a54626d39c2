package dev.hexgate.emulator.timing;

import dev.hexgate.emulator.state.Resettable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The emulator's notion of "now" for time windows it enforces (rate limits) and records (the request log). It is the
 * system clock plus an offset that tests can move forward with {@link #advance(Duration)}, so a test can show that
 * a one-hour window frees up without waiting an hour, in the one Spring context all tests share. A reset puts the
 * offset back to zero. Simulated work (run and thread phases) uses Reactor delays, not this clock.
 */
@Component
public class EmulatorClock extends Clock implements Resettable {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public EmulatorClock() {
        this(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
    }

    private EmulatorClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves emulator time forward by {@code amount} (never backwards: windows assume time only grows). */
    public void advance(Duration amount) {
        if (Objects.requireNonNull(amount).isNegative()) {
            throw new IllegalArgumentException("The emulator clock only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** How far emulator time is ahead of the system clock. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Shares the offset, so advancing this clock also advances the copy.
        return new EmulatorClock(base.withZone(zone), offset);
    }

    @Override
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
