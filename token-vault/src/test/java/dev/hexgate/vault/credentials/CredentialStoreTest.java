package dev.hexgate.vault.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.crypto.DecryptionFailedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The credential store on real PostgreSQL, through the running service's own bean. */
class CredentialStoreTest {

    private static TestVault vault;
    private static CredentialStore store;

    @BeforeAll
    static void start() {
        vault = TestVault.start(Map.of());
        store = vault.bean(CredentialStore.class);
    }

    @AfterAll
    static void stop() {
        vault.close();
    }

    @Test
    void storesReplacesFindsAndDeletesAPersonalToken() {
        String user = user();
        assertThat(store.findHexApi(user)).isEmpty();

        store.saveHexApi(user, new HexApiCredential("hxtp_first_" + UUID.randomUUID(), "u-1", "maya@example.com"));
        StoredCredential<HexApiCredential> first = store.findHexApi(user).orElseThrow();
        assertThat(first.credential().token()).startsWith("hxtp_first_");
        assertThat(first.credential().hexUserEmail()).isEqualTo("maya@example.com");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.lastUsedAt()).isNull();

        store.saveHexApi(user, new HexApiCredential("hxtp_second", "u-1", "maya@example.com"));
        StoredCredential<HexApiCredential> second = store.findHexApi(user).orElseThrow();
        assertThat(second.credential().token()).isEqualTo("hxtp_second");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.connectedAt()).isAfterOrEqualTo(first.connectedAt());
        assertThat(secretRows(user)).isEqualTo(1);
        assertThat(store.findHexMcp(user)).as("another provider").isEmpty();

        assertThat(store.delete(user, Provider.HEX_API)).isTrue();
        assertThat(store.findHexApi(user)).isEmpty();
        assertThat(secretRows(user)).as("secrets go with their credential").isZero();
        assertThat(store.delete(user, Provider.HEX_API)).isFalse();
    }

    @Test
    void storesAnOAuthGrantWithItsClientRegistration() {
        String user = user();
        HexMcpCredential grant = grant("access-" + UUID.randomUUID(), "refresh-" + UUID.randomUUID(),
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS));
        store.saveHexMcp(user, grant);

        HexMcpCredential found = store.findHexMcp(user).orElseThrow().credential();
        assertThat(found).isEqualTo(grant);
        assertThat(found.toString()).doesNotContain(grant.accessToken()).doesNotContain(grant.refreshToken());

        // without refresh token and client secret: those secrets are simply absent
        HexMcpCredential bare = new HexMcpCredential("access-only", null, null, List.of(), "https://auth.example",
                "https://auth.example/oauth2/token", null, null,
                new OAuthClientRegistration("client-2", null, null, null), null, null);
        store.saveHexMcp(user, bare);
        assertThat(store.findHexMcp(user).orElseThrow().credential()).isEqualTo(bare);
        assertThat(secretRows(user)).isEqualTo(1);
    }

    @Test
    void listsEveryProviderForConnectedAccounts() {
        String user = user();
        assertThat(store.connections(user)).extracting(Connection::provider, Connection::connected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Provider.HEX_MCP, false),
                        org.assertj.core.groups.Tuple.tuple(Provider.HEX_API, false));

        Instant before = Instant.now().minusSeconds(1);
        store.saveHexApi(user, new HexApiCredential("hxtp_" + UUID.randomUUID(), null, null));
        List<Connection> connections = store.connections(user);
        assertThat(connections.get(0)).isEqualTo(new Connection(Provider.HEX_MCP, false, null));
        assertThat(connections.get(1).connected()).isTrue();
        assertThat(connections.get(1).connectedAt()).isAfter(before);
        assertThat(store.connections(user())).allSatisfy(c -> assertThat(c.connected()).isFalse());
    }

    @Test
    void marksUseAtMostOnceAMinute() {
        String user = user();
        store.saveHexApi(user, new HexApiCredential("hxtp_" + UUID.randomUUID(), null, null));

        store.markUsed(user, Provider.HEX_API);
        Instant used = store.findHexApi(user).orElseThrow().lastUsedAt();
        assertThat(used).isNotNull();
        store.markUsed(user, Provider.HEX_API);
        assertThat(store.findHexApi(user).orElseThrow().lastUsedAt()).isEqualTo(used);
        assertThat(store.findHexApi(user).orElseThrow().version()).as("a use is not a write").isEqualTo(1);
    }

    @Test
    void noTableHoldsATokenInPlaintext() {
        String apiToken = "hxtp_plain_" + UUID.randomUUID();
        String accessToken = "access_plain_" + UUID.randomUUID();
        String refreshToken = "refresh_plain_" + UUID.randomUUID();
        String clientSecret = "secret_plain_" + UUID.randomUUID();
        store.saveHexApi(user(), new HexApiCredential(apiToken, null, null));
        store.saveHexMcp(user(), new HexMcpCredential(accessToken, refreshToken, null, List.of("openid"),
                "https://auth.example", "https://auth.example/token", null, null,
                new OAuthClientRegistration("client", clientSecret, "https://cb", Instant.now()), null, null));

        List<String> tables = vault.db().sql("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = 'vault' AND table_type = 'BASE TABLE'""")
                .query(String.class).list();
        assertThat(tables).contains("credential", "credential_secret");
        StringBuilder everything = new StringBuilder();
        for (String table : tables) {
            vault.db().sql("SELECT t::text FROM vault." + table + " t").query(String.class).list()
                    .forEach(row -> everything.append(row).append('\n'));
        }
        String dump = everything.toString();
        assertThat(dump).as("the scan sees the rows").contains("access-token").contains("https://auth.example/token");
        for (String secret : List.of(apiToken, accessToken, refreshToken, clientSecret)) {
            assertThat(dump).doesNotContain(secret)
                    .doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aCiphertextMovedToAnotherUsersRowFailsNamingKeyIdAndRowAndIsNotDeleted() {
        String alice = user();
        String bob = user();
        store.saveHexApi(alice, new HexApiCredential("hxtp_alice", null, null));
        store.saveHexApi(bob, new HexApiCredential("hxtp_bob", null, null));
        vault.db().sql("""
                        UPDATE vault.credential_secret SET ciphertext =
                               (SELECT ciphertext FROM vault.credential_secret WHERE user_key = ?)
                         WHERE user_key = ?""")
                .params(alice, bob).update();

        assertThatThrownBy(() -> store.findHexApi(bob))
                .isInstanceOfSatisfying(DecryptionFailedException.class, e -> assertThat(e.getMessage())
                        .contains("key id k1").contains("hex-api api-token of user " + bob)
                        .doesNotContain("hxtp_alice"));
        assertThat(secretRows(bob)).isEqualTo(1);
        assertThat(store.findHexApi(alice).orElseThrow().credential().token()).isEqualTo("hxtp_alice");
    }

    @Test
    void aChangeUnderTheLockIsSingleFlight() throws Exception {
        String user = user();
        store.saveHexMcp(user, grant("old-access", "old-refresh", Instant.now().minusSeconds(5)));
        AtomicInteger refreshes = new AtomicInteger();
        AtomicBoolean secondEntered = new AtomicBoolean();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        // the "refresh" a caller does when it sees an expired token, unless another caller did it meanwhile
        CompletableFuture<HexMcpCredential> first = CompletableFuture.supplyAsync(() ->
                store.updateHexMcpUnderLock(user, current -> {
                    firstInside.countDown();
                    awaitLatch(releaseFirst);
                    refreshes.incrementAndGet();
                    return current.withTokens("new-access", "new-refresh", Instant.now().plusSeconds(3600), null);
                }).orElseThrow());
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HexMcpCredential> second = CompletableFuture.supplyAsync(() ->
                store.updateHexMcpUnderLock(user, current -> {
                    secondEntered.set(true);
                    if (current.accessToken().equals("old-access")) {
                        refreshes.incrementAndGet();
                        return current.withTokens("other-access", null, Instant.now().plusSeconds(3600), null);
                    }
                    return current;
                }).orElseThrow());

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilFalse(secondEntered);
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).accessToken()).isEqualTo("new-access");
        assertThat(second.get(10, TimeUnit.SECONDS).accessToken()).isEqualTo("new-access");
        assertThat(refreshes).hasValue(1);
        StoredCredential<HexMcpCredential> stored = store.findHexMcp(user).orElseThrow();
        assertThat(stored.credential().refreshToken()).isEqualTo("new-refresh");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(store.updateHexMcpUnderLock(user(), current -> current)).isEmpty();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HexMcpCredential grant(String access, String refresh, Instant expiresAt) {
        return new HexMcpCredential(access, refresh, expiresAt, List.of("openid", "offline_access"),
                "https://auth.hex.example", "https://auth.hex.example/oauth2/token",
                "https://auth.hex.example/oauth2/revoke", "https://hex.example/mcp",
                new OAuthClientRegistration("client-" + UUID.randomUUID(), "client-secret-" + UUID.randomUUID(),
                        "http://localhost:8082/oauth/callback/mcp/hex",
                        Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS)),
                "hex-user-1", "maya@example.com");
    }

    private static long secretRows(String user) {
        return vault.db().sql("SELECT count(*) FROM vault.credential_secret WHERE user_key = ?").param(user)
                .query(Long.class).single();
    }

    private static String user() {
        return "mcp:store-" + UUID.randomUUID();
    }
}
