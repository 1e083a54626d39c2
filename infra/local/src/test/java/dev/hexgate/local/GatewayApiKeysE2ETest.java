package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.gateway.GatewayMcpApplication;
import dev.hexgate.local.LocalStackSettings.Service;
import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys end to end: issued and revoked through token-vault's admin API, accepted and refused by the gateway,
 * which asks token-vault and caches the answer (1 s in the shared stack).
 */
class GatewayApiKeysE2ETest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static RunningStack stack;

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
    }

    @Test
    void theGatewayAcceptsAKeyTheVaultIssuedAndRefusesItOnceRevoked() throws Exception {
        String user = "e2e-keys-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> issued = admin("POST", "/admin/api-keys", "{\"user\":\"" + user + "\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = JsonMapper.shared().readTree(issued.body());
        String apiKey = key.get("apiKey").asString();

        McpSyncClient client = McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP), apiKey);
        try {
            client.initialize();
            assertThat(client.listTools().tools()).isNotEmpty();
        } finally {
            client.closeGracefully();
        }
        assertThat(initialize(apiKey).statusCode()).isEqualTo(200);

        assertThat(admin("DELETE", "/admin/api-keys/" + key.get("id").asString(), null).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> initialize(apiKey).statusCode() == 401);
        HttpResponse<String> refused = initialize(apiKey);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
        assertThat(refused.body()).doesNotContain(apiKey);
    }

    @Test
    void theKeyTheStackPrintsIsAVaultKeyOfItsOwner() throws Exception {
        assertThat(initialize(stack.apiKey()).statusCode()).isEqualTo(200);

        HttpResponse<String> listed = admin("GET", "/admin/api-keys", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(stack.apiKey());
        boolean found = false;
        for (JsonNode key : JsonMapper.shared().readTree(listed.body()).get("apiKeys")) {
            if (key.get("user").asString().equals("e2e") && key.get("origin").asString().equals("bootstrap")) {
                found = true;
                assertThat(key.get("revoked").asBoolean()).isFalse();
                assertThat(key.get("lastUsedAt").isNull()).as("the gateway asked the vault").isFalse();
            }
        }
        assertThat(found).as("the printed key is listed as user e2e").isTrue();
    }

    @Test
    void unknownKeysAndCallsWithoutTheAdminTokenAreRefused() throws Exception {
        assertThat(initialize("hxg_unknown_" + UUID.randomUUID()).statusCode()).isEqualTo(401);
        HttpResponse<String> noAdmin = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.baseUrlOf(Service.TOKEN_VAULT) + "/admin/api-keys"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"mallory\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noAdmin.statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/admin/api-keys", null).body()).doesNotContain("mallory");
    }

    @Test
    void aGatewayWhoseServiceTokenTheVaultRefusesAnswersUnavailableNotUnauthorized() throws Exception {
        ConfigurableApplicationContext stranger = new ServiceContexts().start("gateway-mcp-stranger",
                GatewayMcpApplication.application(), Map.of(
                        "server.port", 0,
                        "spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers(),
                        "hexgate.gateway.token-vault.url", stack.baseUrlOf(Service.TOKEN_VAULT),
                        "hexgate.gateway.token-vault.service-token", "svc_unknown_" + UUID.randomUUID()));
        try {
            HttpResponse<String> answer = initialize("http://localhost:" + ServiceContexts.portOf(stranger) + "/mcp",
                    stack.apiKey());

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("unavailable").doesNotContain(stack.apiKey());
        } finally {
            // now, while Kafka is up; it has Netty resources of its own (ServiceContexts)
            stranger.close();
        }
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        return VaultAdmin.call(stack, method, path, json);
    }

    private static HttpResponse<String> initialize(String apiKey) throws Exception {
        return initialize(stack.mcpUrl(), apiKey);
    }

    private static HttpResponse<String> initialize(String mcpUrl, String apiKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mcpUrl))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"keys-e2e\",\"version\":\"1\"}}}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
