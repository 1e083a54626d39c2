package dev.hexgate.emulator.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The windows' arithmetic with Hex's RunProject numbers (20 per minute AND 60 per hour), on a hand-moved clock. */
class RollingWindowsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** The defaults as configuration binds them, so these tests also pin Hex's documented numbers. */
    private final RateLimitSettings defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("hexgate.emulator.rate-limits", RateLimitSettings.class);
    private final RateLimitSettings.Limit runProject = defaults.limitFor(RateLimitSettings.RUN_PROJECT).orElseThrow();
    private final RollingWindows windows = new RollingWindows();

    @Test
    void defaultsAreHexsDocumentedLimits() {
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.retryAfter()).isTrue();
        assertThat(runProject).isEqualTo(new RateLimitSettings.Limit(20, 60));
        assertThat(defaults.limitFor(RateLimitSettings.HEX_API)).contains(new RateLimitSettings.Limit(30, 1800));
        assertThat(defaults.limitFor(RateLimitSettings.NONE)).isEmpty();
    }

    @Test
    void theTwentyFirstRunWithinAMinuteWaitsUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 20; i++) {
            assertThat(windows.tryAcquire(T0.plusSeconds(i), runProject)).as("run %d", i + 1).isEmpty();
        }

        assertThat(windows.tryAcquire(T0.plusSeconds(30), runProject)).contains(Duration.ofSeconds(30));
        assertThat(windows.tryAcquire(T0.plusMillis(59_999), runProject)).contains(Duration.ofMillis(1));
        assertThat(windows.tryAcquire(T0.plusSeconds(60), runProject)).as("the run from T0 has left").isEmpty();
        assertThat(windows.tryAcquire(T0.plusSeconds(60), runProject)).as("the run from T0+1s has not")
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void theSixtyFirstRunWithinAnHourWaitsForTheHourEvenWhenTheMinuteIsFree() {
        for (int minute = 0; minute < 3; minute++) {
            for (int i = 0; i < 20; i++) {
                assertThat(windows.tryAcquire(T0.plus(Duration.ofMinutes(minute)), runProject)).isEmpty();
            }
        }

        Instant later = T0.plus(Duration.ofMinutes(10));
        assertThat(windows.tryAcquire(later, runProject)).contains(Duration.ofMinutes(50));
        assertThat(windows.tryAcquire(T0.plus(Duration.ofMinutes(60)).minusMillis(1), runProject))
                .contains(Duration.ofMillis(1));
        for (int i = 0; i < 20; i++) {
            assertThat(windows.tryAcquire(T0.plus(Duration.ofMinutes(60)), runProject)).as("slot %d", i).isEmpty();
        }
        assertThat(windows.tryAcquire(T0.plus(Duration.ofMinutes(60)), runProject))
                .as("minute full again, and the hour too until the runs from T0+1m leave")
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void rejectedRequestsDoNotUseUpSlots() {
        for (int i = 0; i < 20; i++) {
            windows.tryAcquire(T0, runProject);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(windows.tryAcquire(T0.plusSeconds(1), runProject)).isPresent();
        }

        for (int i = 0; i < 20; i++) {
            assertThat(windows.tryAcquire(T0.plusSeconds(60), runProject)).isEmpty();
        }
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertThat(TooManyRequests.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(TooManyRequests.seconds(Duration.ofMillis(1000))).isEqualTo(1);
        assertThat(TooManyRequests.seconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(TooManyRequests.seconds(Duration.ofMinutes(50))).isEqualTo(3000);
    }
}
