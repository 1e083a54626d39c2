package dev.hexgate.hexapi.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.hex-api.ledger}.
 *
 * @param retention     {@code HEXGATE_HEX_API_LEDGER_RETENTION}, default 14d: how long a finished command's row
 *                      (and a run's last seen status) is kept. Keep it above the retention of
 *                      {@code hexgate.commands} (Kafka's default is 7 days): a command redelivered after its row is
 *                      gone would run again.
 * @param purgeInterval {@code HEXGATE_HEX_API_LEDGER_PURGE_INTERVAL}, default 1h
 * @param purgeBatch    {@code HEXGATE_HEX_API_LEDGER_PURGE_BATCH}, default 1000 rows per statement, so a purge
 *                      never holds long locks
 */
@ConfigurationProperties(prefix = "hexgate.hex-api.ledger")
public record LedgerProperties(@DefaultValue("14d") Duration retention, @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatch) {
}
