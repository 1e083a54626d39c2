package dev.hexgate.vault.crypto;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation, re-encrypts every stored secret ({@code vault.credential_secret}) that is not under the
 * active key, in batches of one transaction each. Runs on a schedule ({@code sweep-interval}) and on demand
 * ({@link #sweep()}, {@code POST /admin/encryption/sweep}).
 *
 * <p>Safe with concurrent writers and with other instances sweeping: a batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED} before reading them, so a row a writer holds is skipped (the writer's value is new
 * anyway; a later sweep takes it if needed), and a writer that comes later waits for the batch and then overwrites
 * the re-encrypted value with its own. No write is ever lost to a re-encryption of an older value.
 *
 * <p>A secret that does not decrypt is logged with its key id and row, counted, and left as it is: never deleted.
 */
@Component
public class ReEncryptionSweep {

    private static final Logger log = LoggerFactory.getLogger(ReEncryptionSweep.class);

    /**
     * @param reEncrypted secrets now under the active key
     * @param failed      secrets that did not decrypt (each logged with key id and row)
     * @param remaining   secrets still under another key after the pass: the failed ones and those a writer held
     */
    public record Result(String activeKeyId, int reEncrypted, int failed, long remaining) {
    }

    /** The position of the last row a batch looked at: the next batch starts after it, past skipped rows too. */
    private record Cursor(String userKey, String provider, String kind) {
    }

    private record Candidate(String userKey, String provider, String kind, String keyId, byte[] ciphertext) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretCipher cipher;
    private final int batchSize;
    private final Clock clock;

    public ReEncryptionSweep(JdbcClient jdbc, PlatformTransactionManager transactionManager, SecretCipher cipher,
            EncryptionProperties properties, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        this.batchSize = properties.sweepBatchSize();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${hexgate.token-vault.encryption.sweep-interval:10m}",
            initialDelayString = "${hexgate.token-vault.encryption.sweep-interval:10m}")
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.error("re-encryption sweep stopped: {}", e.getMessage(), e);
        }
    }

    /** One pass over every secret not under the active key. Blocks; safe to call from several threads or instances. */
    public Result sweep() {
        String active = cipher.activeKeyId();
        int reEncrypted = 0;
        int failed = 0;
        Cursor cursor = new Cursor("", "", "");
        while (true) {
            Cursor from = cursor;
            BatchResult batch = transactions.execute(status -> batch(active, from));
            reEncrypted += batch.reEncrypted;
            failed += batch.failed;
            if (batch.seen < batchSize) {
                break;
            }
            cursor = batch.last;
        }
        long remaining = jdbc.sql("SELECT count(*) FROM vault.credential_secret WHERE key_id <> ?")
                .param(active).query(Long.class).single();
        if (reEncrypted > 0 || failed > 0 || remaining > 0) {
            log.info("re-encryption sweep: {} secrets re-encrypted under key id {}, {} failed, {} still under other keys",
                    reEncrypted, active, failed, remaining);
        }
        return new Result(active, reEncrypted, failed, remaining);
    }

    private record BatchResult(int seen, int reEncrypted, int failed, Cursor last) {
    }

    private BatchResult batch(String active, Cursor after) {
        List<Candidate> candidates = jdbc.sql("""
                        SELECT user_key, provider, kind, key_id, ciphertext FROM vault.credential_secret
                         WHERE key_id <> ? AND (user_key, provider, kind) > (?, ?, ?)
                         ORDER BY user_key, provider, kind
                         LIMIT ?
                           FOR UPDATE SKIP LOCKED""")
                .params(active, after.userKey(), after.provider(), after.kind(), batchSize)
                .query((rs, n) -> new Candidate(rs.getString("user_key"), rs.getString("provider"),
                        rs.getString("kind"), rs.getString("key_id"), rs.getBytes("ciphertext")))
                .list();
        int reEncrypted = 0;
        int failed = 0;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Candidate candidate : candidates) {
            AssociatedData row = new AssociatedData(candidate.userKey(), candidate.provider(), candidate.kind());
            String plaintext;
            try {
                plaintext = cipher.decrypt(new EncryptedValue(candidate.keyId(), candidate.ciphertext()), row);
            } catch (DecryptionFailedException e) {
                log.error("re-encryption sweep: {}; the secret is left as it is", e.getMessage());
                failed++;
                continue;
            }
            EncryptedValue fresh = cipher.encrypt(plaintext, row);
            jdbc.sql("""
                            UPDATE vault.credential_secret SET key_id = ?, ciphertext = ?, updated_at = ?
                             WHERE user_key = ? AND provider = ? AND kind = ?""")
                    .params(fresh.keyId(), fresh.ciphertext(), now, candidate.userKey(), candidate.provider(),
                            candidate.kind())
                    .update();
            reEncrypted++;
        }
        Candidate last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        return new BatchResult(candidates.size(), reEncrypted, failed,
                last == null ? after : new Cursor(last.userKey(), last.provider(), last.kind()));
    }
}
