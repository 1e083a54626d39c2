package dev.hexgate.emulator.ratelimit;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hex's documented per-token request limits, per rate-limit group (the {@code x-hex-rate-limit-group} of each
 * operation in the emulator's OpenAPI description). Configured under {@code hexgate.emulator.rate-limits}; the
 * control plane ({@code PUT /_emulator/rate-limits}) changes them at runtime with the same field names.
 *
 * @param enabled whether limits are enforced at all (env {@code HEX_EMULATOR_RATE_LIMITS})
 * @param retryAfter whether a 429 carries {@code Retry-After} (Hex's header is documented as optional; env
 *     {@code HEX_EMULATOR_RATE_LIMIT_RETRY_AFTER})
 * @param runProjectPerMinute group {@code run-project} (RunProject), per minute (env
 *     {@code HEX_EMULATOR_RATE_LIMIT_RUN_PROJECT_PER_MINUTE})
 * @param runProjectPerHour group {@code run-project}, per hour (env
 *     {@code HEX_EMULATOR_RATE_LIMIT_RUN_PROJECT_PER_HOUR})
 * @param hexApiPerMinute group {@code hex-api}, per minute (env {@code HEX_EMULATOR_RATE_LIMIT_HEX_API_PER_MINUTE})
 * @param hexApiPerHour group {@code hex-api}, per hour (env {@code HEX_EMULATOR_RATE_LIMIT_HEX_API_PER_HOUR})
 */
@ConfigurationProperties(prefix = "hexgate.emulator.rate-limits")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean retryAfter,
        @DefaultValue("20") int runProjectPerMinute,
        @DefaultValue("60") int runProjectPerHour,
        @DefaultValue("30") int hexApiPerMinute,
        @DefaultValue("1800") int hexApiPerHour) {

    public static final String RUN_PROJECT = "run-project";
    public static final String HEX_API = "hex-api";
    public static final String NONE = "none";

    public RateLimitSettings {
        requirePositive(runProjectPerMinute, "runProjectPerMinute");
        requirePositive(runProjectPerHour, "runProjectPerHour");
        requirePositive(hexApiPerMinute, "hexApiPerMinute");
        requirePositive(hexApiPerHour, "hexApiPerHour");
    }

    /** The limit for a rate-limit group; empty for {@code none}. */
    public Optional<Limit> limitFor(String group) {
        switch (group) {
            case RUN_PROJECT: return Optional.of(new Limit(runProjectPerMinute, runProjectPerHour));
            case HEX_API: return Optional.of(new Limit(hexApiPerMinute, hexApiPerHour));
            case NONE: return Optional.empty();
            default: throw new IllegalArgumentException("Unknown rate-limit group '" + group + "'");
        }
    }

    public static boolean isKnownGroup(String group) {
        return RUN_PROJECT.equals(group) || HEX_API.equals(group) || NONE.equals(group);
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
    }

    /** Both windows apply: a request needs a free slot in the last minute AND in the last hour. */
    public record Limit(int perMinute, int perHour) {
    }
}
