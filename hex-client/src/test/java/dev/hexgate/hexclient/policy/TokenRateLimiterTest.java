package dev.hexgate.hexclient.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.hexclient.policy.TokenRateLimiter.Decision;
import dev.hexgate.hexclient.rest.HexRequest.RateLimitGroup;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The limiter's bookkeeping, on explicit instants: no waiting, no Hex. */
class TokenRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration PATIENT = Duration.ofHours(2);

    private final TokenRateLimiter limiter = new TokenRateLimiter(RateLimitSettings.hexDefaults());

    @Test
    void grantsTwentyRunsAMinuteAndSchedulesTheNextWhenTheOldestLeavesTheWindow() {
        String key = TokenRateLimiter.key("hxtp_a", RateLimitGroup.RUN_PROJECT);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.reserve(key, RateLimitGroup.RUN_PROJECT, T0.plusSeconds(i), PATIENT))
                    .isEqualTo(new Decision(true, Duration.ZERO));
        }
        // the 21st, at 0:30, waits until the first slot (0:00) is a minute old
        assertThat(limiter.reserve(key, RateLimitGroup.RUN_PROJECT, T0.plusSeconds(30), PATIENT))
                .isEqualTo(new Decision(true, Duration.ofSeconds(30)));
        // the 22nd queues behind it: the second slot (0:01) frees at 1:01
        assertThat(limiter.reserve(key, RateLimitGroup.RUN_PROJECT, T0.plusSeconds(30), PATIENT))
                .isEqualTo(new Decision(true, Duration.ofSeconds(31)));
    }

    @Test
    void theHourlyLimitHoldsAcrossMinutes() {
        String key = TokenRateLimiter.key("hxtp_b", RateLimitGroup.RUN_PROJECT);
        Instant now = T0;
        for (int i = 0; i < 60; i++) {
            Decision d = limiter.reserve(key, RateLimitGroup.RUN_PROJECT, now, PATIENT);
            assertThat(d.granted()).isTrue();
            now = now.plus(d.delay()).plusSeconds(3); // 20 a minute at most
        }
        Decision sixtyFirst = limiter.reserve(key, RateLimitGroup.RUN_PROJECT, now, PATIENT);
        // the first run was at T0: the 61st must wait for T0 + 1 h
        assertThat(now.plus(sixtyFirst.delay())).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void refusesWithoutBookingWhenTheSlotIsFurtherAwayThanTheCallMayWait() {
        String key = TokenRateLimiter.key("hxtp_c", RateLimitGroup.HEX_API);
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.reserve(key, RateLimitGroup.HEX_API, T0, PATIENT).granted()).isTrue();
        }
        Decision refused = limiter.reserve(key, RateLimitGroup.HEX_API, T0.plusSeconds(10), Duration.ofSeconds(5));
        assertThat(refused).isEqualTo(new Decision(false, Duration.ofSeconds(50)));
        // nothing was booked: a patient caller gets the slot at T0 + 60 s
        assertThat(limiter.reserve(key, RateLimitGroup.HEX_API, T0.plusSeconds(10), PATIENT))
                .isEqualTo(new Decision(true, Duration.ofSeconds(50)));
    }

    @Test
    void groupsAndTokensHaveTheirOwnAllowance() {
        String runs = TokenRateLimiter.key("hxtp_d", RateLimitGroup.RUN_PROJECT);
        for (int i = 0; i < 20; i++) {
            limiter.reserve(runs, RateLimitGroup.RUN_PROJECT, T0, PATIENT);
        }
        assertThat(limiter.reserve(TokenRateLimiter.key("hxtp_d", RateLimitGroup.HEX_API), RateLimitGroup.HEX_API, T0,
                PATIENT).delay()).isZero();
        assertThat(limiter.reserve(TokenRateLimiter.key("hxtp_e", RateLimitGroup.RUN_PROJECT),
                RateLimitGroup.RUN_PROJECT, T0, PATIENT).delay()).isZero();
    }

    @Test
    void keysAreDigestsNotTokens() {
        String key = TokenRateLimiter.key("hxtw_secret_token_value", RateLimitGroup.HEX_API);
        assertThat(key).doesNotContain("secret").matches("[0-9a-f]{32}:HEX_API");
    }

    @Test
    void aDisabledLimiterLetsEverythingThrough() {
        TokenRateLimiter off = new TokenRateLimiter(RateLimitSettings.disabled());
        for (int i = 0; i < 100; i++) {
            off.acquire("hxtp_f", RateLimitGroup.RUN_PROJECT, Duration.ZERO).block(Duration.ofSeconds(1));
        }
        assertThat(off.enabled()).isFalse();
    }
}
