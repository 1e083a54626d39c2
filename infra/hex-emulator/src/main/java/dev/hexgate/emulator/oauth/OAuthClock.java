package dev.hexgate.emulator.oauth;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The time every OAuth expiry is judged by: the emulator's clock (see {@code timing.EmulatorClock}), so tests can
 * expire codes and tokens without waiting.
 */
@Component
public class OAuthClock {

    private final Clock clock;

    public OAuthClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
