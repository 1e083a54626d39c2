package dev.hexgate.vault.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.vault.TestVault;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Gateway API keys through the admin API and the internal verify endpoint, over real HTTP. */
class ApiKeysTest {

    private static final String BOOTSTRAP_KEY = "hxg_bootstrap_" + UUID.randomUUID();

    private static TestVault vault;

    @BeforeAll
    static void start() {
        vault = TestVault.start(Map.of("hexgate.token-vault.api-keys.bootstrap", "local:" + BOOTSTRAP_KEY));
    }

    @AfterAll
    static void stop() {
        vault.close();
    }

    @Test
    void theAdminApiNeedsTheAdminToken() {
        for (String wrong : new String[] {null, "hxa_wrong", TestVault.SERVICE_TOKEN}) {
            for (HttpResponse<String> refused : List.of(vault.postJson("/admin/api-keys", wrong, "{\"user\":\"eve\"}"),
                    vault.get("/admin/api-keys", wrong), vault.delete("/admin/api-keys/" + UUID.randomUUID(), wrong))) {
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(TestVault.json(refused).get("error").asString()).isEqualTo("unauthorized");
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        c -> assertThat(c).startsWith("Bearer realm=\"hexgate-admin\""));
            }
        }
        assertThat(vault.db().sql("SELECT count(*) FROM vault.api_key WHERE user_name = 'eve'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void issuesListsVerifiesAndRevokesAKey() throws Exception {
        HttpResponse<String> issued = vault.postJson("/admin/api-keys", TestVault.ADMIN_TOKEN, "{\"user\":\"alice\"}");

        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = TestVault.json(issued);
        String apiKey = key.get("apiKey").asString();
        String id = key.get("id").asString();
        assertThat(apiKey).startsWith("hxg_").hasSize(4 + 43);
        assertThat(key.get("user").asString()).isEqualTo("alice");

        HttpResponse<String> list = vault.get("/admin/api-keys", TestVault.ADMIN_TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(apiKey).doesNotContain(apiKey.substring(4));
        JsonNode listed = listed(id);
        assertThat(listed.get("user").asString()).isEqualTo("alice");
        assertThat(listed.get("origin").asString()).isEqualTo("admin");
        assertThat(listed.get("revoked").asBoolean()).isFalse();
        assertThat(listed.get("lastUsedAt").isNull()).isTrue();
        assertThat(listed.has("createdAt")).isTrue();

        HttpResponse<String> verified = verify(apiKey);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(TestVault.json(verified).get("user").asString()).isEqualTo("alice");
        assertThat(TestVault.json(verified).get("id").asString()).isEqualTo(id);
        assertThat(listed(id).get("lastUsedAt").isNull()).isFalse();

        HttpResponse<String> revoked = vault.delete("/admin/api-keys/" + id, TestVault.ADMIN_TOKEN);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(TestVault.json(revoked).get("revoked").asBoolean()).isTrue();
        assertThat(listed(id).get("revokedAt").isNull()).isFalse();

        HttpResponse<String> refused = verify(apiKey);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(TestVault.json(refused).get("error").asString()).isEqualTo("invalid_api_key");

        // only the SHA-256 of the key is stored
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        assertThat(vault.db().sql("SELECT key_hash FROM vault.api_key WHERE id = ?::uuid").param(id)
                .query(byte[].class).single()).isEqualTo(hash);
        String dump = String.join("\n", vault.db().sql("SELECT t::text FROM vault.api_key t").query(String.class)
                .list());
        assertThat(dump).doesNotContain(apiKey.substring(4))
                .doesNotContain(HexFormat.of().formatHex(apiKey.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownKeysAreRefusedAndServicesMustIdentifyThemselves() {
        HttpResponse<String> unknown = verify("hxg_never_issued_" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(TestVault.json(unknown).get("error").asString()).isEqualTo("invalid_api_key");
        assertThat(verify("").statusCode()).isEqualTo(401);

        HttpResponse<String> noService = vault.postJson("/internal/api-keys/verify", null,
                "{\"apiKey\":\"" + BOOTSTRAP_KEY + "\"}");
        assertThat(noService.statusCode()).isEqualTo(401);
        assertThat(TestVault.json(noService).get("error").asString()).as("not an answer about the key")
                .isEqualTo("unauthorized");
    }

    @Test
    void refusesUsersThatAreNotIds() {
        for (String body : new String[] {"{}", "{\"user\":\"\"}", "{\"user\":\"two words\"}", "{\"user\":\"a:b\"}"}) {
            HttpResponse<String> answer = vault.postJson("/admin/api-keys", TestVault.ADMIN_TOKEN, body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(TestVault.json(answer).get("error").asString()).isEqualTo("invalid_user");
        }
        assertThat(vault.delete("/admin/api-keys/not-a-uuid", TestVault.ADMIN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(vault.delete("/admin/api-keys/" + UUID.randomUUID(), TestVault.ADMIN_TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aBootstrapKeyWorksIsListedAndStaysRevokedAcrossRestarts() throws Exception {
        HttpResponse<String> verified = verify(BOOTSTRAP_KEY);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(TestVault.json(verified).get("user").asString()).isEqualTo("local");
        String id = TestVault.json(verified).get("id").asString();
        assertThat(listed(id).get("origin").asString()).isEqualTo("bootstrap");

        assertThat(vault.delete("/admin/api-keys/" + id, TestVault.ADMIN_TOKEN).statusCode()).isEqualTo(200);
        // what the next start does with the same configuration
        vault.bean(BootstrapApiKeys.class).run(null);

        assertThat(verify(BOOTSTRAP_KEY).statusCode()).isEqualTo(401);
        assertThat(vault.db().sql("SELECT count(*) FROM vault.api_key WHERE user_name = 'local'").query(Long.class)
                .single()).isEqualTo(1);
    }

    private static HttpResponse<String> verify(String apiKey) {
        return vault.postJson("/internal/api-keys/verify", TestVault.SERVICE_TOKEN, "{\"apiKey\":\"" + apiKey + "\"}");
    }

    private static JsonNode listed(String id) {
        for (JsonNode key : TestVault.json(vault.get("/admin/api-keys", TestVault.ADMIN_TOKEN)).get("apiKeys")) {
            if (key.get("id").asString().equals(id)) {
                return key;
            }
        }
        throw new AssertionError("key " + id + " is not listed");
    }
}
