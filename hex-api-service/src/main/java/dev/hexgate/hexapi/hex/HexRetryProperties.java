package dev.hexgate.hexapi.hex;

import dev.hexgate.hexclient.policy.RetrySettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.hex-api.retry}: how reads are retried after 429, 502, 503, 504, no answer or
 * unreachable. Writes are never retried. No attempt starts after the command's deadline.
 *
 * @param maxAttempts    {@code HEXGATE_HEX_API_RETRY_MAX_ATTEMPTS}, default 3 (1 = no retries)
 * @param budget         {@code HEXGATE_HEX_API_RETRY_BUDGET}, default 10s: no attempt starts later than this
 *                       after the first
 * @param initialBackoff {@code HEXGATE_HEX_API_RETRY_INITIAL_BACKOFF}, default 500ms, doubling per attempt, with
 *                       jitter; Hex's {@code Retry-After} wins when longer
 * @param maxBackoff     {@code HEXGATE_HEX_API_RETRY_MAX_BACKOFF}, default 4s
 */
@ConfigurationProperties(prefix = "hexgate.hex-api.retry")
public record HexRetryProperties(Integer maxAttempts, Duration budget, Duration initialBackoff, Duration maxBackoff) {

    public RetrySettings settings() {
        RetrySettings d = RetrySettings.DEFAULTS;
        return new RetrySettings(maxAttempts == null ? d.maxAttempts() : maxAttempts,
                budget == null ? d.budget() : budget,
                initialBackoff == null ? d.initialBackoff() : initialBackoff,
                maxBackoff == null ? d.maxBackoff() : maxBackoff);
    }
}
