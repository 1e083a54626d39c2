package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ask_hex end to end: agent → gateway → Kafka → hex-api-service (create_thread on Hex's MCP server with the user's
 * own sign-in) → ThreadStarted → thread-poller (get_thread through the delay topics, extraction) → ThreadFinished →
 * the gateway's open call, with each poll reported as a progress notification on the way.
 */
class AskHexE2ETest {

    private static final String USER_EMAIL = "daniel.reyes@fernbrook.example";
    private static final String SQL = "Run this SQL: SELECT name, segment FROM customers ORDER BY customer_id LIMIT 3";

    private static final RunningStack STACK = SharedStack.get();
    private static final List<ProgressNotification> PROGRESS = new CopyOnWriteArrayList<>();
    private static McpSyncClient connected;

    @BeforeAll
    static void connectAUser() throws Exception {
        connected = McpTestClients.connect(STACK.baseUrlOf(Service.GATEWAY_MCP),
                VaultAdmin.issueApiKey(STACK, "e2e-ask-" + UUID.randomUUID().toString().substring(0, 8)), PROGRESS::add);
        connected.initialize();
        HexMcpSignIn.connect(connected, USER_EMAIL);
    }

    @AfterAll
    static void close() {
        connected.closeGracefully();
    }

    @Test
    void aSqlQuestionFindsTheAskedColumnsWithProgressOnTheWay() {
        CallToolResult result = connected.callTool(CallToolRequest.builder("ask_hex").progressToken("ask-sql")
                .arguments(Map.of("prompt", SQL, "expect", "Segment, NAME", "timeout_seconds", 120)).build());

        assertThat(result.isError()).as(text(result)).isFalse();
        Map<?, ?> answer = (Map<?, ?>) result.structuredContent();
        assertThat(answer.get("status")).isEqualTo("found");
        Map<?, ?> value = (Map<?, ?>) answer.get("value");
        assertThat(value.get("columns")).isEqualTo(List.of("Segment", "NAME"));
        assertThat(value.get("rowCount")).isEqualTo(3);
        List<?> rows = (List<?>) value.get("rows");
        assertThat(List.copyOf(((Map<?, ?>) rows.get(0)).keySet())).isEqualTo(List.of("Segment", "NAME"));
        assertThat(((Map<?, ?>) rows.get(0)).get("NAME")).isEqualTo("Alder Logistics");
        String threadId = (String) answer.get("thread_id");
        assertThat((String) answer.get("url")).contains(threadId);
        assertThat((List<?>) answer.get("tables")).hasSize(1);
        assertThat((List<?>) answer.get("messages")).isNotEmpty();
        assertThat(text(result)).startsWith("Hex thread " + threadId + " answered with Segment, NAME (3 rows).");

        List<String> progress = PROGRESS.stream().filter(p -> "ask-sql".equals(p.progressToken()))
                .map(ProgressNotification::message).toList();
        assertThat(progress.get(0)).isEqualTo("Asked Hex in thread " + threadId + "; waiting for the answer");
        assertThat(progress).anyMatch(m -> m.startsWith("Hex thread " + threadId + " is RUNNING (check 1)"));
        assertThat((Integer) answer.get("polls")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aQuestionHexCannotAnswerIsNotFoundAndAFollowUpInTheSameThreadFindsIt() {
        CallToolResult result = connected.callTool(CallToolRequest.builder("ask_hex").arguments(Map.of(
                "prompt", "What is the airspeed velocity of an unladen swallow?", "expect", "velocity",
                "timeout_seconds", 120)).build());

        assertThat(result.isError()).as(text(result)).isFalse();
        Map<?, ?> answer = (Map<?, ?>) result.structuredContent();
        assertThat(answer.get("status")).isEqualTo("not_found");
        assertThat(answer.get("value")).isNull();
        assertThat(answer.get("messages").toString()).contains("could not answer");
        assertThat(text(result)).contains("holds no velocity").contains("ask_hex with thread_id");

        // the agent follows up in the same thread, and this time the answer has what it asks for
        String threadId = (String) answer.get("thread_id");
        CallToolResult followUp = connected.callTool(CallToolRequest.builder("ask_hex").arguments(Map.of(
                "thread_id", threadId, "prompt", "Run this SQL: SELECT COUNT(*) AS customer_count FROM customers",
                "expect", "customer_count", "timeout_seconds", 120)).build());
        assertThat(followUp.isError()).as(text(followUp)).isFalse();
        Map<?, ?> second = (Map<?, ?>) followUp.structuredContent();
        assertThat(second.get("status")).isEqualTo("found");
        assertThat(second.get("thread_id")).isEqualTo(threadId);
        assertThat(((Map<?, ?>) second.get("value")).get("rowCount")).isEqualTo(1);
    }

    @Test
    void aThreadThatOutlivesTheTimeoutIsATimeout() {
        Instant asked = Instant.now();
        CallToolResult result = connected.callTool(CallToolRequest.builder("ask_hex").arguments(Map.of(
                "prompt", "[emulator:running 300s] " + SQL, "expect", "name", "timeout_seconds", 5)).build());

        assertThat(result.isError()).as(text(result)).isFalse();
        Map<?, ?> answer = (Map<?, ?>) result.structuredContent();
        assertThat(answer.get("status")).isEqualTo("timeout");
        assertThat(answer.get("value")).isNull();
        // thread-poller ended it at the caller's deadline: its own reason, not the gateway's fallback
        assertThat((String) answer.get("error")).contains("deadline");
        assertThat(Duration.between(asked, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(text(result)).contains("get_thread (thread_id " + answer.get("thread_id") + ")");
    }

    @Test
    void aUserWithoutAHexConnectionGetsTheLinkAtOnce() {
        McpSyncClient stranger = McpTestClients.connect(STACK.baseUrlOf(Service.GATEWAY_MCP),
                VaultAdmin.issueApiKey(STACK, "e2e-ask-none-" + UUID.randomUUID().toString().substring(0, 8)));
        try {
            stranger.initialize();
            Instant asked = Instant.now();
            CallToolResult result = stranger.callTool(CallToolRequest.builder("ask_hex")
                    .arguments(Map.of("prompt", SQL, "expect", "name")).build());

            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("connect your Hex account once, then ask again.")
                    .contains("Connect your Hex account here: "
                    + STACK.baseUrlOf(Service.TOKEN_VAULT) + "/connect/start?attempt=")
                    .endsWith("[AUTHORIZATION_REQUIRED]");
        } finally {
            stranger.closeGracefully();
        }
    }

    @Test
    void aSignInHexRevokesWhileTheThreadRunsEndsWithALinkToSignInAgain() throws Exception {
        String email = "priya.natarajan@fernbrook.example";
        McpSyncClient revoked = McpTestClients.connect(STACK.baseUrlOf(Service.GATEWAY_MCP),
                VaultAdmin.issueApiKey(STACK, "e2e-ask-revoked-" + UUID.randomUUID().toString().substring(0, 8)),
                PROGRESS::add);
        try {
            revoked.initialize();
            HexMcpSignIn.connect(revoked, email);
            CompletableFuture<CallToolResult> asking = CompletableFuture.supplyAsync(() -> revoked.callTool(
                    CallToolRequest.builder("ask_hex").progressToken("ask-revoked").arguments(Map.of(
                            "prompt", "[emulator:running 60s] " + SQL, "timeout_seconds", 60)).build()));
            // once thread-poller has polled with the sign-in, the user revokes it at Hex
            await().atMost(Duration.ofSeconds(30)).until(() -> PROGRESS.stream()
                    .anyMatch(p -> "ask-revoked".equals(p.progressToken()) && p.message().contains("(check 1)")));
            new EmulatorHttp(STACK.hexApiUrl()).revokeNewestAccessTokenOf(email);

            CallToolResult result = asking.get(60, TimeUnit.SECONDS);
            assertThat(result.isError()).as(text(result)).isFalse();
            Map<?, ?> answer = (Map<?, ?>) result.structuredContent();
            assertThat(answer.get("status")).isEqualTo("error");
            assertThat((String) answer.get("error")).contains("Sign in to Hex again here: "
                    + STACK.baseUrlOf(Service.TOKEN_VAULT) + "/connect/start?attempt=");
        } finally {
            revoked.closeGracefully();
        }
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
