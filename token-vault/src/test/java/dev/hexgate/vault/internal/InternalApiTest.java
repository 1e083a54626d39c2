package dev.hexgate.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.HexApiCredential;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.OAuthClientRegistration;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The internal API over real HTTP: service tokens, the credential answers, connections and deletion. */
class InternalApiTest {

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
    void refusesCallersWithoutAValidServiceToken() {
        String user = user();
        store.saveHexApi(user, new HexApiCredential("hxtp_guarded", null, null));
        String path = "/internal/credentials/" + user + "/hex-api";

        for (HttpResponse<String> refused : List.of(vault.get(path, null), vault.get(path, "svc_wrong"),
                vault.get(path, TestVault.SERVICE_TOKEN + "x"), vault.get(path, TestVault.ADMIN_TOKEN),
                vault.send("GET", path, null, null, null),
                vault.postJson("/internal/api-keys/verify", null, "{\"apiKey\":\"hxg_x\"}"),
                vault.postJson("/internal/connect-links", "nope", "{\"userKey\":\"" + user + "\",\"provider\":\"hex-api\"}"),
                vault.delete(path, "svc_wrong"))) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer realm=\"hexgate-internal\""));
            assertThat(TestVault.json(refused).get("error").asString()).isEqualTo("unauthorized");
            assertThat(refused.body()).doesNotContain("hxtp_guarded");
        }
        // Basic auth is not a bearer token either
        HttpResponse<String> basic = vault.getWithAuthorization(path, "Basic " + java.util.Base64.getEncoder()
                .encodeToString((TestVault.SERVICE + ":" + TestVault.SERVICE_TOKEN).getBytes()));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(TestVault.json(basic).get("message").asString()).contains("missing service token");
        assertThat(store.findHexApi(user)).as("nothing deleted by refused calls").isPresent();
    }

    @Test
    void answersAUsersPersonalTokenAndNotesTheUse() {
        String user = user();
        String token = "hxtp_internal_" + UUID.randomUUID();
        store.saveHexApi(user, new HexApiCredential(token, null, null));

        HttpResponse<String> answer = vault.get("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode json = TestVault.json(answer);
        assertThat(json.get("provider").asString()).isEqualTo("hex-api");
        assertThat(json.get("token").asString()).isEqualTo(token);
        assertThat(store.findHexApi(user).orElseThrow().lastUsedAt()).isNotNull();
    }

    @Test
    void saysAuthorizationRequiredWhenNothingIsStored() {
        for (String provider : List.of("hex-api", "hex-mcp")) {
            HttpResponse<String> answer = vault.get("/internal/credentials/" + user() + "/" + provider,
                    TestVault.SERVICE_TOKEN);

            assertThat(answer.statusCode()).isEqualTo(404);
            JsonNode json = TestVault.json(answer);
            assertThat(json.get("error").asString()).isEqualTo("authorization_required");
            assertThat(json.get("provider").asString()).isEqualTo(provider);
        }
    }

    @Test
    void handsOutAnOAuthAccessTokenOnlyWhileItIsGoodForLongerThanTheMarginAndKeepsItWhenHexCannotRefresh() {
        String fresh = user();
        String expiring = user();
        String expired = user();
        // PostgreSQL keeps microseconds (rounding); whole milliseconds come back as they went in
        Instant inAnHour = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        store.saveHexMcp(fresh, grant("access-fresh", inAnHour));
        store.saveHexMcp(expiring, grant("access-expiring", Instant.now().plusSeconds(20)));
        store.saveHexMcp(expired, grant("access-expired", Instant.now().minusSeconds(20)));

        HttpResponse<String> good = vault.get("/internal/credentials/" + fresh + "/hex-mcp", TestVault.SERVICE_TOKEN);
        assertThat(good.statusCode()).isEqualTo(200);
        JsonNode json = TestVault.json(good);
        assertThat(json.get("accessToken").asString()).isEqualTo("access-fresh");
        assertThat(Instant.parse(json.get("expiresAt").asString())).isEqualTo(inAnHour);
        assertThat(json.get("scopes").get(0).asString()).isEqualTo("openid");
        assertThat(good.body()).doesNotContain("refresh");

        for (String user : List.of(expiring, expired)) {
            HttpResponse<String> stale = vault.get("/internal/credentials/" + user + "/hex-mcp",
                    TestVault.SERVICE_TOKEN);
            // the token endpoint refuses connections: nobody could refresh it, so the grant is kept for later
            assertThat(stale.statusCode()).isEqualTo(502);
            assertThat(TestVault.json(stale).get("error").asString()).isEqualTo("refresh_failed");
            assertThat(stale.body()).doesNotContain("access-expir").doesNotContain("refresh-");
            assertThat(store.findHexMcp(user)).isPresent();
        }
    }

    @Test
    void listsConnectionsPerProvider() {
        String user = user();
        store.saveHexApi(user, new HexApiCredential("hxtp_" + UUID.randomUUID(), null, null));

        HttpResponse<String> answer = vault.get("/internal/connections/" + user, TestVault.SERVICE_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode accounts = TestVault.json(answer).get("accounts");
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).get("provider").asString()).isEqualTo("hex-mcp");
        assertThat(accounts.get(0).get("connected").asBoolean()).isFalse();
        assertThat(accounts.get(0).get("connectedAt").isNull()).isTrue();
        assertThat(accounts.get(0).get("connectUrl").asString()).startsWith(vault.baseUrl() + "/connect/start?attempt=");
        assertThat(accounts.get(1).get("connectUrl").isNull()).isTrue();
        assertThat(accounts.get(1).get("provider").asString()).isEqualTo("hex-api");
        assertThat(accounts.get(1).get("connected").asBoolean()).isTrue();
        assertThat(Instant.parse(accounts.get(1).get("connectedAt").asString())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void deletesACredential() {
        String user = user();
        store.saveHexApi(user, new HexApiCredential("hxtp_" + UUID.randomUUID(), null, null));
        String path = "/internal/credentials/" + user + "/hex-api";

        HttpResponse<String> deleted = vault.delete(path, TestVault.SERVICE_TOKEN);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(TestVault.json(deleted).get("disconnected").asBoolean()).isTrue();
        assertThat(TestVault.json(deleted).get("revokedAtHex").isNull()).as("personal tokens are not revoked at Hex")
                .isTrue();

        assertThat(vault.get(path, TestVault.SERVICE_TOKEN).statusCode()).isEqualTo(404);
        assertThat(store.findHexApi(user)).isEmpty();
        HttpResponse<String> again = vault.delete(path, TestVault.SERVICE_TOKEN);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(TestVault.json(again).get("error").asString()).isEqualTo("not_found");
    }

    @Test
    void refusesUnknownProvidersAndMalformedUserKeys() {
        HttpResponse<String> provider = vault.get("/internal/credentials/mcp:x/github", TestVault.SERVICE_TOKEN);
        assertThat(provider.statusCode()).isEqualTo(400);
        assertThat(TestVault.json(provider).get("error").asString()).isEqualTo("unknown_provider");

        HttpResponse<String> userKey = vault.get("/internal/credentials/mcp:a%20b/hex-api", TestVault.SERVICE_TOKEN);
        assertThat(userKey.statusCode()).isEqualTo(400);
        assertThat(TestVault.json(userKey).get("error").asString()).isEqualTo("invalid_user_key");
    }

    @Test
    void aCredentialThatDoesNotDecryptIsAnErrorNamingTheKeyIdNotADeletion() {
        String user = user();
        store.saveHexApi(user, new HexApiCredential("hxtp_" + UUID.randomUUID(), null, null));
        vault.db().sql("UPDATE vault.credential_secret SET key_id = 'gone' WHERE user_key = ?").param(user).update();

        HttpResponse<String> answer = vault.get("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(500);
        JsonNode json = TestVault.json(answer);
        assertThat(json.get("error").asString()).isEqualTo("decryption_failed");
        assertThat(json.get("keyId").asString()).isEqualTo("gone");
        assertThat(json.get("message").asString()).contains("key id gone").contains(user);
        assertThat(vault.db().sql("SELECT count(*) FROM vault.credential_secret WHERE user_key = ?").param(user)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static HexMcpCredential grant(String access, Instant expiresAt) {
        return new HexMcpCredential(access, "refresh-" + UUID.randomUUID(), expiresAt, List.of("openid", "email"),
                "https://auth.example", "http://127.0.0.1:1/token", null, "https://example/mcp",
                new OAuthClientRegistration("client", null, "https://cb", Instant.now()), null, null);
    }

    private static String user() {
        return "slack:T1:U" + UUID.randomUUID().toString().substring(0, 8);
    }
}
