package dev.hexgate.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.HexApiCredential;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.OAuthClientRegistration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Key rotation on real PostgreSQL: data written under k1, the service restarted with k2 active, the sweep moves
 * every secret over (checked in SQL), and everything still decrypts, in the end with k1 gone from the ring.
 */
class ReEncryptionSweepTest {

    private static final String K1 = TestVault.newKey();
    private static final String K2 = TestVault.newKey();
    private static final Map<String, Object> ONLY_K1 = Map.of("hexgate.token-vault.encryption.keys", "k1:" + K1,
            "hexgate.token-vault.encryption.active-key", "k1");
    private static final Map<String, Object> K2_ACTIVE = Map.of(
            "hexgate.token-vault.encryption.keys", "k1:" + K1 + ",k2:" + K2,
            "hexgate.token-vault.encryption.active-key", "k2",
            // small batches, so a pass takes several transactions
            "hexgate.token-vault.encryption.sweep-batch-size", 3);

    @Test
    void afterANewActiveKeyTheSweepMovesEverySecretAndAllStillDecrypt() {
        String database = SharedPostgres.get().createDatabase();
        Map<String, String> apiTokens = new LinkedHashMap<>();
        try (TestVault vault = TestVault.start(database, ONLY_K1)) {
            CredentialStore store = vault.bean(CredentialStore.class);
            for (int i = 0; i < 5; i++) {
                String user = "mcp:rotation-" + i;
                apiTokens.put(user, "hxtp_rotation_" + UUID.randomUUID());
                store.saveHexApi(user, new HexApiCredential(apiTokens.get(user), null, null));
            }
            store.saveHexMcp("mcp:rotation-0", grant("access-0", "refresh-0"));
        }
        try (TestVault vault = TestVault.start(database, K2_ACTIVE)) {
            assertThat(countUnder(vault, "k1")).isEqualTo(8);

            ReEncryptionSweep.Result result = vault.bean(ReEncryptionSweep.class).sweep();

            assertThat(result).isEqualTo(new ReEncryptionSweep.Result("k2", 8, 0, 0));
            assertThat(countUnder(vault, "k1")).isZero();
            assertThat(countUnder(vault, "k2")).isEqualTo(8);
            assertThat(vault.bean(ReEncryptionSweep.class).sweep().reEncrypted()).as("nothing left to do").isZero();
        }
        try (TestVault vault = TestVault.start(database, Map.of("hexgate.token-vault.encryption.keys", "k2:" + K2,
                "hexgate.token-vault.encryption.active-key", ""))) {
            CredentialStore store = vault.bean(CredentialStore.class);
            apiTokens.forEach((user, token) ->
                    assertThat(store.findHexApi(user).orElseThrow().credential().token()).isEqualTo(token));
            HexMcpCredential grant = store.findHexMcp("mcp:rotation-0").orElseThrow().credential();
            assertThat(grant.accessToken()).isEqualTo("access-0");
            assertThat(grant.refreshToken()).isEqualTo("refresh-0");
            assertThat(grant.client().clientSecret()).isEqualTo("client-secret-0");
        }
    }

    @Test
    void skipsARowAWriterHoldsAndTakesItOnTheNextPass() throws Exception {
        String database = SharedPostgres.get().createDatabase();
        try (TestVault vault = TestVault.start(database, ONLY_K1)) {
            CredentialStore store = vault.bean(CredentialStore.class);
            store.saveHexApi("mcp:held", new HexApiCredential("hxtp_held", null, null));
            store.saveHexApi("mcp:free", new HexApiCredential("hxtp_free", null, null));
        }
        try (TestVault vault = TestVault.start(database, K2_ACTIVE);
                Connection writer = SharedPostgres.get().dataSource(database).getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement lock = writer.prepareStatement(
                    "SELECT 1 FROM vault.credential_secret WHERE user_key = 'mcp:held' FOR UPDATE")) {
                lock.executeQuery().close();
            }

            ReEncryptionSweep.Result whileHeld = vault.bean(ReEncryptionSweep.class).sweep();
            assertThat(whileHeld.reEncrypted()).isEqualTo(1);
            assertThat(whileHeld.remaining()).isEqualTo(1);
            assertThat(keyOf(vault, "mcp:held")).isEqualTo("k1");
            assertThat(keyOf(vault, "mcp:free")).isEqualTo("k2");

            writer.rollback();
            assertThat(vault.bean(ReEncryptionSweep.class).sweep().remaining()).isZero();
            assertThat(keyOf(vault, "mcp:held")).isEqualTo("k2");
            assertThat(vault.bean(CredentialStore.class).findHexApi("mcp:held").orElseThrow().credential().token())
                    .isEqualTo("hxtp_held");
        }
    }

    @Test
    void aSecretThatDoesNotDecryptIsCountedAndLeftInPlace() {
        String database = SharedPostgres.get().createDatabase();
        try (TestVault vault = TestVault.start(database, ONLY_K1)) {
            vault.bean(CredentialStore.class).saveHexApi("mcp:broken", new HexApiCredential("hxtp_x", null, null));
            vault.bean(CredentialStore.class).saveHexApi("mcp:fine", new HexApiCredential("hxtp_y", null, null));
            vault.db().sql("UPDATE vault.credential_secret SET ciphertext = '\\x00010203'::bytea WHERE user_key = ?")
                    .param("mcp:broken").update();
        }
        try (TestVault vault = TestVault.start(database, K2_ACTIVE)) {
            ReEncryptionSweep.Result result = vault.bean(ReEncryptionSweep.class).sweep();

            assertThat(result).isEqualTo(new ReEncryptionSweep.Result("k2", 1, 1, 1));
            assertThat(keyOf(vault, "mcp:broken")).isEqualTo("k1");
        }
    }

    @Test
    void runsOnItsScheduleAndOnDemandThroughTheAdminApi() {
        String database = SharedPostgres.get().createDatabase();
        try (TestVault vault = TestVault.start(database, ONLY_K1)) {
            for (int i = 0; i < 4; i++) {
                vault.bean(CredentialStore.class).saveHexApi("mcp:scheduled-" + i,
                        new HexApiCredential("hxtp_" + i, null, null));
            }
        }
        Map<String, Object> scheduled = new LinkedHashMap<>(K2_ACTIVE);
        scheduled.put("hexgate.token-vault.encryption.sweep-interval", "200ms");
        try (TestVault vault = TestVault.start(database, scheduled)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> countUnder(vault, "k1") == 0);
            assertThat(countUnder(vault, "k2")).isEqualTo(4);
        }
        Map<String, Object> backToK1 = Map.of("hexgate.token-vault.encryption.keys", "k1:" + K1 + ",k2:" + K2,
                "hexgate.token-vault.encryption.active-key", "k1");
        try (TestVault vault = TestVault.start(database, backToK1)) {
            assertThat(vault.postJson("/admin/encryption/sweep", null, "{}").statusCode()).isEqualTo(401);

            var answer = vault.postJson("/admin/encryption/sweep", TestVault.ADMIN_TOKEN, "{}");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(TestVault.json(answer).get("reEncrypted").asInt()).isEqualTo(4);
            assertThat(TestVault.json(answer).get("remaining").asInt()).isZero();
            assertThat(countUnder(vault, "k2")).isZero();
        }
    }

    private static long countUnder(TestVault vault, String keyId) {
        return vault.db().sql("SELECT count(*) FROM vault.credential_secret WHERE key_id = ?").param(keyId)
                .query(Long.class).single();
    }

    private static String keyOf(TestVault vault, String user) {
        return vault.db().sql("SELECT key_id FROM vault.credential_secret WHERE user_key = ?").param(user)
                .query(String.class).single();
    }

    private static HexMcpCredential grant(String access, String refresh) {
        return new HexMcpCredential(access, refresh, Instant.now().plusSeconds(3600), List.of("openid"),
                "https://auth.example", "https://auth.example/token", null, "https://example/mcp",
                new OAuthClientRegistration("client-0", "client-secret-0", "https://cb", Instant.now()), null, null);
    }
}
