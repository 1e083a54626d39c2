package dev.hexgate.emulator.oauth;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The time every OAuth expiry is judged by. Uses a {@link Clock} bean when the context has exactly one (tests
 * register a settable clock to expire codes and tokens without waiting), else the system clock.
 */
@Component
public class OAuthClock {

    private final Clock clock;

    public OAuthClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }
}
