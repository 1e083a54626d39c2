package dev.hexgate.vault.crypto;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.encryption}: the key ring that encrypts secrets at rest.
 *
 * @param keys           the key ring, {@code keyId:base64Key} entries separated by commas, each key 32 random bytes
 *                       (standard or URL-safe base64), e.g. {@code k1:<openssl rand -base64 32>}
 *                       ({@code HEXGATE_ENCRYPTION_KEYS}; required, checked at startup)
 * @param activeKey      the key id new ciphertexts are written under; may be omitted when the ring holds one key
 *                       ({@code HEXGATE_ENCRYPTION_ACTIVE_KEY})
 * @param sweepInterval  how often the re-encryption sweep runs, and how long after startup it first runs
 *                       ({@code HEXGATE_ENCRYPTION_SWEEP_INTERVAL}, 10m)
 * @param sweepBatchSize rows re-encrypted per transaction ({@code HEXGATE_ENCRYPTION_SWEEP_BATCH_SIZE}, 100)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.encryption")
public record EncryptionProperties(String keys, String activeKey, Duration sweepInterval, int sweepBatchSize) {

    public EncryptionProperties {
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(10) : sweepInterval;
        sweepBatchSize = sweepBatchSize <= 0 ? 100 : sweepBatchSize;
    }

    /** Never the keys. */
    @Override
    public String toString() {
        return "EncryptionProperties[activeKey=" + activeKey + ", sweepInterval=" + sweepInterval
                + ", sweepBatchSize=" + sweepBatchSize + "]";
    }
}
