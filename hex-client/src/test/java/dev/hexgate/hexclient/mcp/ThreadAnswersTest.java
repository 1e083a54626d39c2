package dev.hexgate.hexclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a thread tool's answer in each form Hex is known or expected to use. */
class ThreadAnswersTest {

    @Test
    void readsTheStructuredForm() {
        HexThread thread = ThreadAnswers.read(CallToolResult.builder()
                .structuredContent(Map.of("threadId", "t-1", "status", "IDLE", "url", "https://hex/t-1",
                        "messages", List.of(Map.of("type", "text", "text", "assistant: 42"), "user: q"),
                        "tables", List.of(Map.of("rows", List.of(List.of(1))))))
                .addTextContent("{}").build());
        assertThat(thread.threadId()).isEqualTo("t-1");
        assertThat(thread.isIdle()).isTrue();
        assertThat(thread.messages()).extracting(ThreadMessage::text).containsExactly("assistant: 42", "user: q");
        assertThat(thread.tables()).hasSize(1);
        assertThat(thread.hex().path("url").asString()).isEqualTo("https://hex/t-1");
    }

    @Test
    void readsStatusNestedUnderThreadAndWaitTime() {
        HexThread thread = ThreadAnswers.read(CallToolResult.builder()
                .structuredContent(Map.of("thread", Map.of("id", "t-2", "status", "pending"), "waitTime", 12))
                .build());
        assertThat(thread.threadId()).isEqualTo("t-2");
        assertThat(thread.isRunning()).isTrue();
        assertThat(thread.waitTimeSeconds()).isEqualTo(12);
    }

    @Test
    void readsATextOnlyConfirmation() {
        HexThread thread = ThreadAnswers.read(CallToolResult.builder()
                .addTextContent("Created a new thread.\nThread ID: 5a85c2f0-1b2c-4d5e-8f90-123456789abc\n"
                        + "Thread status: RUNNING\nThread URL: https://app.hex.tech/acme/threads/5a85c2f0")
                .build());
        assertThat(thread.threadId()).isEqualTo("5a85c2f0-1b2c-4d5e-8f90-123456789abc");
        assertThat(thread.status()).isEqualTo("RUNNING");
        assertThat(thread.url()).isEqualTo("https://app.hex.tech/acme/threads/5a85c2f0");
    }

    @Test
    void aStatusItDoesNotKnowIsNeitherIdleNorRunning() {
        HexThread thread = ThreadAnswers.read(CallToolResult.builder()
                .structuredContent(Map.of("threadId", "t-3", "status", "ARCHIVED")).build());
        assertThat(thread.isIdle()).isFalse();
        assertThat(thread.isRunning()).isFalse();
        assertThat(thread.isError()).isFalse();
    }
}
