package dev.hexgate.vault.grants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.CredentialRevoked;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.attempts.AttemptFlows;
import dev.hexgate.vault.attempts.AttemptFlowsWithEvents;
import dev.hexgate.vault.credentials.HexApiCredential;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.oauth.McpCalls;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The lifecycle of a grant after the consent, against the emulator's real OAuth server: the refresh when a token
 * nears its expiry (single-flight under 50 concurrent callers, rotating the refresh token), a refresh Hex refuses
 * (the grant is deleted and {@code CredentialRevoked} published), the "connected accounts" list with start URLs,
 * and the disconnect (revoked at Hex, deleted, {@code CredentialRevoked} and an audit record).
 */
class RefreshAndDisconnectTest extends AttemptFlowsWithEvents {

    private static final String REVOKED = EventType.CREDENTIAL_REVOKED.ceType();

    @Test
    void fiftyConcurrentCallersGetOneRefreshAndTheSameNewToken() throws Exception {
        String user = AttemptFlows.newUser();
        flows.connect(user, null, AttemptFlows.PRIYA);
        HexMcpCredential before = store.findHexMcp(user).orElseThrow().credential();
        nearExpiry(user);
        long issuedBefore = accessTokensIssuedTo(before.client().clientId());

        List<HttpResponse<String>> answers = concurrently(50,
                () -> vault.get("/internal/credentials/" + user + "/hex-mcp", TestVault.SERVICE_TOKEN));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        Set<String> tokens = answers.stream().map(a -> TestVault.json(a).get("accessToken").asString())
                .collect(Collectors.toSet());
        assertThat(tokens).hasSize(1).doesNotContain(before.accessToken());
        assertThat(accessTokensIssuedTo(before.client().clientId())).as("one refresh at Hex")
                .isEqualTo(issuedBefore + 1);
        HexMcpCredential after = store.findHexMcp(user).orElseThrow().credential();
        assertThat(after.accessToken()).isEqualTo(tokens.iterator().next());
        assertThat(after.refreshToken()).as("rotated").isNotEqualTo(before.refreshToken());
        assertThat(after.expiresAt()).isAfter(java.time.Instant.now().plusSeconds(300));
        assertThat(McpCalls.toolNames(flows.mcpUrl, after.accessToken())).contains("create_thread");
    }

    @Test
    void aRefreshHexRefusesDeletesTheGrantAndSaysSo() {
        String user = AttemptFlows.newUser();
        flows.connect(user, null, AttemptFlows.PRIYA);
        HexMcpCredential grant = store.findHexMcp(user).orElseThrow().credential();
        revokeAtEmulator(grant.refreshToken(), grant.client().clientId());
        nearExpiry(user);

        HttpResponse<String> answer = vault.get("/internal/credentials/" + user + "/hex-mcp", TestVault.SERVICE_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(TestVault.json(answer).get("error").asString()).isEqualTo("authorization_required");
        assertThat(answer.body()).doesNotContain(grant.accessToken(), grant.refreshToken());
        assertThat(store.findHexMcp(user)).isEmpty();
        CredentialRevoked revoked = awaitEvent(REVOKED, user, CredentialRevoked.class);
        assertThat(revoked.provider()).isEqualTo("hex-mcp");
        assertThat(revoked.reason()).isEqualTo("invalid_grant");
        assertThat(vault.get("/internal/credentials/" + user + "/hex-mcp", TestVault.SERVICE_TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void connectionsCarryAStartUrlForWhatIsNotConnected() {
        String user = AttemptFlows.newUser();
        JsonNode accounts = connections(user);
        assertThat(accounts).hasSize(2);
        for (JsonNode account : accounts) {
            assertThat(account.get("connected").asBoolean()).isFalse();
            assertThat(account.get("connectUrl").asString()).startsWith(vault.baseUrl() + "/connect/start?attempt=");
        }
        String mcpStart = accounts.get(0).get("connectUrl").asString();
        assertThat(accounts.get(1).get("connectUrl").asString()).isNotEqualTo(mcpStart);
        // the start URL is a real attempt: it leads to Hex's consent, and the consent connects the user
        URI callback = flows.browser.approveAs(flows.authorizationUrl(mcpStart), AttemptFlows.PRIYA);
        assertThat(vault.get(callback.toString(), null).statusCode()).isEqualTo(200);

        JsonNode now = connections(user);
        assertThat(now.get(0).get("provider").asString()).isEqualTo("hex-mcp");
        assertThat(now.get(0).get("connected").asBoolean()).isTrue();
        assertThat(now.get(0).get("connectUrl").isNull()).isTrue();
        assertThat(now.get(0).get("connectedAt").asString()).isNotBlank();
        assertThat(now.get(1).get("connected").asBoolean()).isFalse();
        assertThat(now.get(1).get("connectUrl").asString()).contains("/connect/start?attempt=");
    }

    @Test
    void disconnectRevokesAtHexDeletesAndPublishes() {
        String user = AttemptFlows.newUser();
        flows.connect(user, null, AttemptFlows.PRIYA);
        HexMcpCredential grant = store.findHexMcp(user).orElseThrow().credential();
        assertThat(McpCalls.initializeStatus(flows.mcpUrl, grant.accessToken())).isEqualTo(200);
        probe.clear();

        HttpResponse<String> answer = vault.delete("/internal/credentials/" + user + "/hex-mcp",
                TestVault.SERVICE_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode json = TestVault.json(answer);
        assertThat(json.get("provider").asString()).isEqualTo("hex-mcp");
        assertThat(json.get("disconnected").asBoolean()).isTrue();
        assertThat(json.get("revokedAtHex").asBoolean()).isTrue();
        assertThat(McpCalls.initializeStatus(flows.mcpUrl, grant.accessToken())).as("Hex no longer accepts it")
                .isEqualTo(401);
        assertThat(store.findHexMcp(user)).isEmpty();
        CredentialRevoked revoked = awaitEvent(REVOKED, user, CredentialRevoked.class);
        assertThat(revoked.reason()).isEqualTo("disconnected");
        AuditRecorded audit = awaitAudit("credential.disconnected", user, AuditRecorded.class);
        assertThat(audit.actor()).isEqualTo(user);
        assertThat(audit.targetType()).isEqualTo("credential");
        assertThat(audit.targetId()).isEqualTo("hex-mcp");
        assertThat(audit.outcome()).isEqualTo("succeeded");
        assertThat(audit.source()).isEqualTo("token-vault");
        assertThat(audit.arguments().get("revokedAtHex").asBoolean()).isTrue();

        HttpResponse<String> again = vault.delete("/internal/credentials/" + user + "/hex-mcp",
                TestVault.SERVICE_TOKEN);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(TestVault.json(again).get("error").asString()).isEqualTo("not_found");
    }

    @Test
    void aPersonalTokenIsDisconnectedWithoutRevocationAtHex() {
        String user = AttemptFlows.newUser();
        store.saveHexApi(user, new HexApiCredential("hxtp_not_revocable", null, null));

        HttpResponse<String> answer = vault.delete("/internal/credentials/" + user + "/hex-api",
                TestVault.SERVICE_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(TestVault.json(answer).get("revokedAtHex").isNull()).isTrue();
        assertThat(store.findHexApi(user)).isEmpty();
        CredentialRevoked revoked = awaitEvent(REVOKED, user, CredentialRevoked.class);
        assertThat(revoked.provider()).isEqualTo("hex-api");
    }

    private static JsonNode connections(String user) {
        HttpResponse<String> answer = vault.get("/internal/connections/" + user, TestVault.SERVICE_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        return TestVault.json(answer).get("accounts");
    }

    /** Within the 60 s expiry margin, still valid at Hex. */
    private static void nearExpiry(String user) {
        vault.db().sql("UPDATE vault.credential SET expires_at = now() + interval '10 seconds' WHERE user_key = ?")
                .param(user).update();
    }

    private static long accessTokensIssuedTo(String clientId) {
        HttpResponse<String> tokens = TestVault.sendTo(URI.create(SharedEmulator.get().baseUrl()
                + "/_emulator/tokens"), "GET", null, null, null);
        long count = 0;
        for (JsonNode token : TestVault.json(tokens).get("tokens")) {
            if ("oauth-access".equals(token.path("kind").asString())
                    && clientId.equals(token.path("clientId").asString())) {
                count++;
            }
        }
        return count;
    }

    private static void revokeAtEmulator(String token, String clientId) {
        HttpResponse<String> revoked = TestVault.sendTo(URI.create(SharedEmulator.get().baseUrl() + "/oauth2/revoke"),
                "POST", null, "application/x-www-form-urlencoded",
                "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&token_type_hint=refresh_token"
                        + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
        assertThat(revoked.statusCode()).isEqualTo(200);
    }

    private static <T> List<T> concurrently(int callers, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
