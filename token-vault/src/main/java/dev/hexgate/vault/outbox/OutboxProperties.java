package dev.hexgate.vault.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.outbox}.
 *
 * @param pollInterval how often the publisher looks for unpublished events; commits also nudge it at once
 *                     ({@code HEXGATE_VAULT_OUTBOX_POLL_INTERVAL}, 1s)
 * @param batchSize    events sent per pass and transaction ({@code HEXGATE_VAULT_OUTBOX_BATCH_SIZE}, 100)
 * @param sendTimeout  how long one send may wait for Kafka's acknowledgement before the pass stops and the event is
 *                     tried again on the next one ({@code HEXGATE_VAULT_OUTBOX_SEND_TIMEOUT}, 10s)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.outbox")
public record OutboxProperties(Duration pollInterval, Integer batchSize, Duration sendTimeout) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || sendTimeout.isNegative()
                || sendTimeout.isZero()) {
            throw new IllegalArgumentException("hexgate.token-vault.outbox: poll-interval, batch-size and"
                    + " send-timeout must be positive");
        }
    }
}
