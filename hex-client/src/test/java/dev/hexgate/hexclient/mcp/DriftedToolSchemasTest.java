package dev.hexgate.hexclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.hexgate.testkit.emulator.EmulatorSignIn;
import dev.hexgate.testkit.emulator.SharedEmulator;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HexMcpClient} against an emulator whose thread tools use drifted argument names
 * ({@code hexgate.emulator.mcp.thread-id-argument=id}, {@code prompt-argument=question}), over real HTTP with a real
 * OAuth token. The emulator refuses hexgate's own names {@code thread_id} and {@code prompt} there, so every call
 * that succeeds proves the names were read from {@code tools/list} and mapped.
 */
class DriftedToolSchemasTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SQL = "Run this SQL: SELECT customer_id, name FROM customers ORDER BY customer_id "
            + "LIMIT 2";

    private static String mcpUrl;
    private static HexMcpClient client;
    private static String maya;

    @BeforeAll
    static void signIn() {
        String baseUrl = SharedEmulator.withSettings("hexgate.emulator.mcp.thread-id-argument=id",
                "hexgate.emulator.mcp.prompt-argument=question").baseUrl();
        mcpUrl = baseUrl + "/mcp";
        client = new HexMcpClient(HexMcpSettings.of(mcpUrl));
        maya = EmulatorSignIn.accessToken(baseUrl, "maya.okafor@fernbrook.example");
    }

    @Test
    void createsReadsAndContinuesAThreadThroughTheDriftedNames() {
        HexThread created = client.createThread(maya, SQL).block(WAIT);
        assertThat(created.threadId()).isNotBlank();

        HexThread done = awaitIdle(created.threadId());
        assertThat(done.tables()).hasSize(1);
        assertThat(done.tables().get(0).path("rows").size()).isEqualTo(2);

        HexThread continued = client.continueThread(maya, created.threadId(),
                "Run this SQL: SELECT COUNT(*) AS n FROM invoices").block(WAIT);
        assertThat(continued.threadId()).isEqualTo(created.threadId());

        HexThread followedUp = awaitIdle(created.threadId());
        assertThat(followedUp.messages()).anySatisfy(m -> assertThat(m.text()).contains("COUNT(*)"));
    }

    @Test
    void anyToolCallIsMappedToo() {
        HexThread created = client.createThread(maya, SQL).block(WAIT);

        CallToolResult result = client.callTool(maya, HexMcpClient.GET_THREAD,
                Map.of("thread_id", created.threadId())).block(WAIT);

        assertThat(ThreadAnswers.read(result).threadId()).isEqualTo(created.threadId());
    }

    @Test
    void theServerReallyRefusesHexgatesOwnNames() {
        // The guard for the tests above: sent unmapped, the same get_thread is Hex's "missing argument" tool error.
        HexThread created = client.createThread(maya, SQL).block(WAIT);
        McpSyncClient raw = McpClient.sync(HttpClientStreamableHttpTransport.builder(mcpUrl.replace("/mcp", ""))
                        .endpoint("/mcp")
                        .httpRequestCustomizer((request, method, uri, body, context) ->
                                request.header("Authorization", "Bearer " + maya))
                        .build())
                .clientInfo(McpSchema.Implementation.builder("hex-client-test", "1").build())
                .requestTimeout(WAIT)
                .build();
        try {
            raw.initialize();
            Map<String, Object> schema = raw.listTools().tools().stream()
                    .filter(t -> t.name().equals(HexMcpClient.GET_THREAD)).findFirst().orElseThrow().inputSchema();
            assertThat(schema).containsEntry("required", List.of("id"));

            CallToolResult result = raw.callTool(McpSchema.CallToolRequest.builder(HexMcpClient.GET_THREAD)
                    .arguments(Map.of("thread_id", created.threadId())).build());
            assertThat(result.isError()).isTrue();
            assertThat(ThreadAnswers.text(result)).contains("'id'");
        } finally {
            raw.closeGracefully();
        }
    }

    @Test
    void theLiveSchemasNameTheDriftedArguments() {
        LiveToolSchemas schemas = LiveToolSchemas.of(URI.create(mcpUrl), List.of(
                Tool.builder().name("get_thread").inputSchema(Map.of("type", "object",
                        "properties", Map.of("id", Map.of("type", "string")), "required", List.of("id"))).build()));

        assertThat(schemas.argumentNames("get_thread", "thread_id")).containsExactly(Map.entry("thread_id", "id"));
        HexMcpException missing = catchThrowableOfType(HexMcpException.class,
                () -> schemas.inputSchema("continue_thread"));
        assertThat(missing.kind()).isEqualTo(HexMcpException.Kind.SCHEMA_MISMATCH);
        assertThat(missing.getMessage()).contains("continue_thread", "[get_thread]");
    }

    private static HexThread awaitIdle(String threadId) {
        AtomicReference<HexThread> latest = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            latest.set(client.getThread(maya, threadId).block(WAIT));
            return latest.get().isIdle();
        });
        return latest.get();
    }
}
