package dev.hexgate.emulator.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hexgate.emulator.HexEmulatorApplication;
import dev.hexgate.emulator.oauth.OAuthTestClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An emulator of its own, started with {@code hexgate.emulator.mcp.thread-id-argument=id} and
 * {@code prompt-argument=question} (the names are startup settings, so the shared test context cannot show them):
 * {@code tools/list} declares the drifted names, the tools work under them, and the usual names are refused the way
 * a wrong name is, as a missing argument.
 */
class DriftedArgumentNamesTest {

    private static final String PRIYA = "priya.natarajan@fernbrook.example";

    private static ConfigurableApplicationContext emulator;
    private static String baseUrl;
    private static String token;

    private McpSyncClient mcp;

    @BeforeAll
    static void start() {
        emulator = HexEmulatorApplication.application()
                .registerShutdownHook(false)
                // Own Netty loops: closing this context must not dispose the global ones the shared test context
                // serves on.
                .initializers(context -> ((GenericApplicationContext) context).registerBean(
                        ReactorResourceFactory.class, () -> {
                            ReactorResourceFactory resources = new ReactorResourceFactory();
                            resources.setUseGlobalResources(false);
                            return resources;
                        }))
                // Immediate shutdown: an MCP client's open GET stream would hold a graceful one for 30 s.
                .run("--server.port=0", "--spring.main.banner-mode=off", "--server.shutdown=immediate",
                        "--hexgate.emulator.mcp.thread-id-argument=id",
                        "--hexgate.emulator.mcp.prompt-argument=question",
                        "--hexgate.emulator.timing.thread-running=0s");
        baseUrl = "http://localhost:" + emulator.getEnvironment().getProperty("local.server.port");
        token = new OAuthTestClient(WebTestClient.bindToServer().baseUrl(baseUrl).build())
                .signIn(PRIYA, "openid profile email").accessToken();
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @BeforeEach
    void connect() {
        mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder(baseUrl)
                        .endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                        .build())
                .clientInfo(McpSchema.Implementation.builder("emulator-test", "1").build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        mcp.initialize();
    }

    @AfterEach
    void disconnect() {
        mcp.closeGracefully();
    }

    @Test
    void toolsListDeclaresTheConfiguredNames() {
        Map<String, Tool> tools = new HashMap<>();
        mcp.listTools().tools().forEach(t -> tools.put(t.name(), t));

        assertThat(properties(tools.get("get_thread"))).containsOnlyKeys("id");
        assertThat(tools.get("get_thread").inputSchema()).containsEntry("required", List.of("id"));
        assertThat(properties(tools.get("continue_thread"))).containsOnlyKeys("id", "question");
        assertThat(tools.get("continue_thread").inputSchema()).containsEntry("required", List.of("id", "question"));
        assertThat(properties(tools.get("create_thread"))).containsOnlyKeys("question");
        assertThat(tools.get("create_thread").inputSchema()).containsEntry("required", List.of("question"));
        assertThat(properties(tools.get("search_projects"))).containsOnlyKeys("query");
    }

    @Test
    void theToolsWorkUnderTheConfiguredNames() {
        CallToolResult created = call("create_thread", Map.of("question", "Run this SQL: SELECT 1 AS one"));
        assertThat(created.isError()).as(McpHttpTest.text(created)).isFalse();
        String threadId = structured(created).get("threadId").toString();
        assertThat(structured(created).get("message").toString()).contains("Call get_thread with this id ");

        Map<String, Object> read = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> structured(call("get_thread", Map.of("id", threadId))),
                        thread -> !"RUNNING".equals(thread.get("status")));
        assertThat(read).containsEntry("threadId", threadId).containsEntry("status", "IDLE");
        assertThat(read.get("tables").toString()).contains("one");

        Map<String, Object> followUp = new LinkedHashMap<>();
        followUp.put("id", threadId);
        followUp.put("question", "Run this SQL: SELECT 2 AS two");
        CallToolResult continued = call("continue_thread", followUp);
        assertThat(continued.isError()).as(McpHttpTest.text(continued)).isFalse();
        assertThat(structured(continued)).containsEntry("threadId", threadId);
        assertThat(structured(continued).get("message").toString()).contains("Call get_thread with this id ");
    }

    @Test
    void theUsualNamesAreRefusedAsMissingArguments() {
        String threadId = structured(call("create_thread", Map.of("question", "Run this SQL: SELECT 1 AS one")))
                .get("threadId").toString();

        CallToolResult read = call("get_thread", Map.of("thread_id", threadId));
        assertThat(read.isError()).isTrue();
        assertThat(McpHttpTest.text(read)).isEqualTo("Missing required argument 'id'.");

        CallToolResult continued = call("continue_thread", Map.of("thread_id", threadId, "question", "and?"));
        assertThat(continued.isError()).isTrue();
        assertThat(McpHttpTest.text(continued)).isEqualTo("Missing required argument 'id'.");

        CallToolResult withPrompt = call("continue_thread", Map.of("id", threadId, "prompt", "and?"));
        assertThat(withPrompt.isError()).isTrue();
        assertThat(McpHttpTest.text(withPrompt)).isEqualTo("Missing required argument 'question'.");

        CallToolResult created = call("create_thread", Map.of("prompt", "How many customers do we have?"));
        assertThat(created.isError()).isTrue();
        assertThat(McpHttpTest.text(created)).isEqualTo("Missing required argument 'question'.");
    }

    @Test
    void namesMustBeNonBlankAndDistinct() {
        assertThatThrownBy(() -> new McpProperties(Duration.ZERO, List.of(), "id", "id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
        assertThatThrownBy(() -> new McpProperties(Duration.ZERO, List.of(), " ", "prompt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thread-id-argument");
        assertThatThrownBy(() -> new McpProperties(Duration.ZERO, List.of(), "thread_id", " prompt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prompt-argument");
        assertThat(new McpProperties(Duration.ZERO, List.of(), "threadId", "message").threadIdArgument())
                .isEqualTo("threadId");
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return mcp.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(McpHttpTest.text(result)).isFalse();
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Tool tool) {
        return (Map<String, Object>) tool.inputSchema().get("properties");
    }
}
