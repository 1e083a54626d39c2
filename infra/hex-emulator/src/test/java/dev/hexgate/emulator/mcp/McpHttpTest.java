package dev.hexgate.emulator.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.oauth.OAuthTestClient;
import dev.hexgate.emulator.timing.Timings;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base for tests that call the emulated Hex MCP server with the official MCP Java client over real HTTP. Tests act
 * as fixture users, named by email; each user signs in through the emulator's own OAuth server (register, consent
 * page, code exchange) the first time a test needs them, so {@code /mcp} sees real access tokens checked by the
 * real verifier. Tokens and clients belong to the test instance (a reset between classes may drop the tokens) and
 * clients are closed after each test. Threads answer at once unless a test says otherwise.
 */
abstract class McpHttpTest extends EmulatorHttpTest {

    static final String PRIYA = "priya.natarajan@fernbrook.example"; // EDITOR
    static final String DANIEL = "daniel.reyes@fernbrook.example";   // MANAGER
    static final String ALEX = "alex.brennan@fernbrook.example";     // GUEST

    private static final String SCOPE = "openid profile email";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Timings timings;

    private final Map<String, String> accessTokens = new HashMap<>();
    private final Map<String, McpSyncClient> clients = new HashMap<>();
    private Timings.Settings before;

    @BeforeEach
    void threadsAnswerAtOnce() {
        before = timings.current();
        threadsRunFor(Duration.ZERO);
    }

    @AfterEach
    void closeClientsAndRestoreTimings() {
        clients.values().forEach(McpSyncClient::closeGracefully);
        clients.clear();
        timings.set(before);
    }

    void threadsRunFor(Duration running) {
        Timings.Settings now = timings.current();
        timings.set(new Timings.Settings(now.runPending(), now.runRunning(), running, now.threadWaitTime()));
    }

    /** A live access token for the fixture user, from the emulator's OAuth server; one sign-in per test. */
    String accessToken(String email) {
        return accessTokens.computeIfAbsent(email,
                e -> new OAuthTestClient(client).signIn(e, SCOPE).accessToken());
    }

    User user(String email) {
        return workspace.userByEmail(email).orElseThrow();
    }

    /** An initialized MCP client acting as the fixture user. */
    McpSyncClient client(String email) {
        return clientWithToken(accessToken(email));
    }

    /** An MCP client initialized with exactly this bearer token (initialize fails for a token /mcp refuses). */
    McpSyncClient clientWithToken(String token) {
        return clients.computeIfAbsent(token, t -> {
            McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port)
                            .endpoint("/mcp")
                            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + t))
                            .build())
                    .clientInfo(McpSchema.Implementation.builder("emulator-test", "1").build())
                    .requestTimeout(Duration.ofSeconds(20))
                    .build();
            client.initialize();
            return client;
        });
    }

    CallToolResult call(String email, String tool, Map<String, Object> arguments) {
        return client(email).callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    /** A successful call's structured content, checked to equal the JSON in its text block. */
    JsonNode structured(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isFalse();
        JsonNode structured = JSON.valueToTree(result.structuredContent());
        assertThat(JSON.readTree(text(result))).isEqualTo(structured);
        return structured;
    }

    static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }

    String createThread(String email, String prompt) {
        return structured(call(email, "create_thread", Map.of("prompt", prompt))).get("threadId").asString();
    }

    JsonNode getThread(String email, String threadId) {
        return structured(call(email, "get_thread", Map.of("thread_id", threadId)));
    }

    /** Polls get_thread until the thread has left RUNNING. */
    JsonNode awaitFinished(String email, String threadId) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> getThread(email, threadId), t -> !"RUNNING".equals(t.get("status").asString()));
    }

    static List<String> column(JsonNode table, String name) {
        List<String> values = new ArrayList<>();
        table.get("rows").forEach(row -> values.add(row.get(name).asString()));
        return values;
    }
}
