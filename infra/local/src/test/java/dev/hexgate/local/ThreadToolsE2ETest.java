package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.local.LocalStackSettings.Service;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The thread tools end to end over MCP: agent → gateway → Kafka → hex-api-service → token-vault (the user's Hex MCP
 * sign-in) → the emulator's MCP server, and back. A user who has connected Hex (through hex_connection_status's link
 * and the consent page) creates a thread, reads it until IDLE and follows up; a user who has not gets the connect
 * link as a tool error at once.
 */
class ThreadToolsE2ETest {

    private static final String USER_EMAIL = "daniel.reyes@fernbrook.example";
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String SQL = "Run this SQL: SELECT name, segment FROM customers ORDER BY customer_id LIMIT 3";

    private final RunningStack stack = SharedStack.get();

    @Test
    void aConnectedUserAsksReadsTheAnswerAndFollowsUp() throws Exception {
        McpSyncClient client = connect("e2e-threads-");
        try {
            client.initialize();
            HexMcpSignIn.connect(client, USER_EMAIL);

            CallToolResult created = client.callTool(CallToolRequest.builder("create_thread")
                    .arguments(Map.of("prompt", SQL)).build());
            assertThat(created.isError()).as(text(created)).isFalse();
            Map<?, ?> thread = (Map<?, ?>) created.structuredContent();
            assertMatchesOutputSchema(client, "create_thread", thread);
            String threadId = (String) thread.get("threadId");
            assertThat(thread.get("status")).isEqualTo("RUNNING");
            assertThat((String) thread.get("url")).contains(threadId);
            assertThat(text(created)).startsWith("Started a new thread. Hex thread " + threadId + " is working")
                    .contains("get_thread");

            Map<?, ?> idle = awaitIdle(client, threadId);
            assertMatchesOutputSchema(client, "get_thread", idle);
            assertThat((List<?>) idle.get("messages")).isNotEmpty();
            List<?> tables = (List<?>) idle.get("tables");
            assertThat((List<?>) ((Map<?, ?>) tables.get(0)).get("rows")).hasSize(3);

            CallToolResult continued = client.callTool(CallToolRequest.builder("continue_thread")
                    .arguments(Map.of("thread_id", threadId,
                            "prompt", "Run this SQL: SELECT COUNT(*) AS n FROM invoices")).build());
            assertThat(continued.isError()).as(text(continued)).isFalse();
            assertThat(((Map<?, ?>) continued.structuredContent()).get("threadId")).isEqualTo(threadId);
            assertMatchesOutputSchema(client, "continue_thread", (Map<?, ?>) continued.structuredContent());
            assertThat(text(continued)).startsWith("Sent the follow-up.");

            CallToolResult tooEarly = client.callTool(CallToolRequest.builder("continue_thread")
                    .arguments(Map.of("thread_id", threadId, "prompt", "and by segment?")).build());
            assertThat(tooEarly.isError()).isTrue();
            assertThat(text(tooEarly)).startsWith("Hex refused continue_thread.").contains("[INVALID_ARGUMENTS]");

            Map<?, ?> answered = awaitIdle(client, threadId);
            assertThat(answered.get("messages").toString()).contains("COUNT(*)");
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void withoutAHexConnectionEachToolAnswersAtOnceWithTheConnectLink() {
        McpSyncClient client = connect("e2e-nothreads-");
        try {
            client.initialize();
            for (CallToolRequest request : List.of(
                    CallToolRequest.builder("create_thread").arguments(Map.of("prompt", SQL)).build(),
                    CallToolRequest.builder("get_thread")
                            .arguments(Map.of("thread_id", UUID.randomUUID().toString())).build())) {
                Instant asked = Instant.now();
                CallToolResult result = client.callTool(request);
                assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
                assertThat(result.isError()).isTrue();
                assertThat(text(result)).contains("sign in to Hex")
                        .contains("Connect your Hex account here: " + stack.baseUrlOf(Service.TOKEN_VAULT)
                                + "/connect/start?attempt=")
                        .endsWith("[AUTHORIZATION_REQUIRED]");
            }
        } finally {
            client.closeGracefully();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private McpSyncClient connect(String ownerPrefix) {
        return McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP),
                VaultAdmin.issueApiKey(stack, ownerPrefix + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static Map<?, ?> awaitIdle(McpSyncClient client, String threadId) {
        AtomicReference<CallToolResult> latest = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            latest.set(client.callTool(CallToolRequest.builder("get_thread")
                    .arguments(Map.of("thread_id", threadId)).build()));
            assertThat(latest.get().isError()).as(text(latest.get())).isFalse();
            return "IDLE".equals(((Map<?, ?>) latest.get().structuredContent()).get("status"));
        });
        assertThat(text(latest.get())).startsWith("Hex thread " + threadId + " is finished (IDLE).");
        return (Map<?, ?>) latest.get().structuredContent();
    }

    private static void assertMatchesOutputSchema(McpSyncClient client, String tool, Map<?, ?> structured) {
        Tool definition = client.listTools().tools().stream().filter(t -> t.name().equals(tool)).findFirst()
                .orElseThrow();
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(EventCodec.mapper().valueToTree(definition.outputSchema()))
                .validate(EventCodec.mapper().valueToTree(structured));
        assertThat(errors).as(tool + " output schema").isEmpty();
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
