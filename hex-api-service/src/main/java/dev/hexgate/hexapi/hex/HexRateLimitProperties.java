package dev.hexgate.hexapi.hex;

import dev.hexgate.hexclient.policy.RateLimitSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.hex-api.rate-limit}: hexgate's own copy of Hex's published per-token limits. A
 * call beyond them waits up to {@code maxWait} (and never past its command's deadline) for a slot, else fails
 * {@code RATE_LIMITED} without calling Hex. Counted per service instance.
 *
 * @param enabled             {@code HEXGATE_HEX_API_RATE_LIMIT_ENABLED}, default true
 * @param maxWait             {@code HEXGATE_HEX_API_RATE_LIMIT_MAX_WAIT}, default 10s
 * @param runProjectPerMinute {@code HEXGATE_HEX_API_RATE_LIMIT_RUN_PROJECT_PER_MINUTE}, default 20
 * @param runProjectPerHour   {@code HEXGATE_HEX_API_RATE_LIMIT_RUN_PROJECT_PER_HOUR}, default 60
 * @param defaultPerMinute    {@code HEXGATE_HEX_API_RATE_LIMIT_DEFAULT_PER_MINUTE}, default 30 (every other call)
 * @param defaultPerHour      {@code HEXGATE_HEX_API_RATE_LIMIT_DEFAULT_PER_HOUR}, default 1800
 */
@ConfigurationProperties(prefix = "hexgate.hex-api.rate-limit")
public record HexRateLimitProperties(Boolean enabled, Duration maxWait, Integer runProjectPerMinute,
        Integer runProjectPerHour, Integer defaultPerMinute, Integer defaultPerHour) {

    public RateLimitSettings settings() {
        return RateLimitSettings.of(enabled == null || enabled,
                maxWait == null ? Duration.ofSeconds(10) : maxWait,
                runProjectPerMinute == null ? 20 : runProjectPerMinute,
                runProjectPerHour == null ? 60 : runProjectPerHour,
                defaultPerMinute == null ? 30 : defaultPerMinute,
                defaultPerHour == null ? 1800 : defaultPerHour);
    }
}
