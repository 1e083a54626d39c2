package dev.hexgate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.gateway.GatewayMcpApplication;
import dev.hexgate.testkit.kafka.SharedKafka;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway with token-vault configured but not reachable: a configured (bootstrap) key still works, because it
 * is checked first and without I/O; any other key gets 503 with {@code Retry-After}, not 401, since it may well be
 * good. A tool that asks token-vault itself says token-vault did not answer. (Keys token-vault issues and revokes
 * are covered end to end in infra/local's GatewayApiKeysE2ETest.)
 */
class ApiKeyFallbackTest {

    private static final String CONFIGURED_KEY = "hxg_configured_" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext gateway;
    private static String mcpUrl;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        gateway = GatewayMcpApplication.application().run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + SharedKafka.get().bootstrapServers(),
                "--hexgate.gateway.api-keys=bootstrap:" + CONFIGURED_KEY,
                "--hexgate.gateway.token-vault.url=http://localhost:" + closedPort,
                "--hexgate.gateway.token-vault.service-token=svc_unused",
                "--hexgate.gateway.token-vault.timeout=1s");
        mcpUrl = "http://localhost:" + ((WebServerApplicationContext) gateway).getWebServer().getPort() + "/mcp";
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aConfiguredKeyWorksWithoutTokenVault() throws Exception {
        assertThat(initialize(CONFIGURED_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void anyOtherKeyIsUnavailableRatherThanRefusedWhileTokenVaultCannotBeReached() throws Exception {
        String apiKey = "hxg_maybe_good_" + UUID.randomUUID();

        HttpResponse<String> answer = initialize(apiKey);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("\"error\":\"unavailable\"").doesNotContain(apiKey);
        // no answer is not cached as a "no"
        assertThat(initialize(apiKey).statusCode()).isEqualTo(503);
    }

    @Test
    void anAccountsToolSaysTokenVaultDidNotAnswer() {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(mcpUrl.replace("/mcp", ""))
                        .endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + CONFIGURED_KEY))
                        .build())
                .clientInfo(McpSchema.Implementation.builder("fallback-test", "1").build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        try {
            client.initialize();

            CallToolResult status = client.callTool(CallToolRequest.builder("hex_connection_status").build());

            assertThat(status.isError()).isTrue();
            assertThat(((TextContent) status.content().get(0)).text())
                    .startsWith("token-vault did not answer while listing your Hex accounts")
                    .doesNotContain("svc_unused");
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void noKeyIsStillUnauthorized() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(mcpUrl))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> initialize(String apiKey) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(mcpUrl))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"fallback-test\",\"version\":\"1\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
