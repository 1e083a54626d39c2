package dev.hexgate.gateway.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.gateway.tools.threads.ContinueThreadTool;
import dev.hexgate.gateway.tools.threads.CreateThreadTool;
import dev.hexgate.gateway.tools.threads.GetThreadTool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The thread tools' definitions and summaries (the whole path is in infra/local's ThreadToolsE2ETest). */
class ThreadToolsTest {

    private static final ToolDefinitions DEFINITIONS = new ToolDefinitions(EventCodec.mapper());

    @ParameterizedTest
    @ValueSource(strings = {"create_thread", "get_thread", "continue_thread", "ask_hex"})
    void loadWithClosedInputSchemasAndTruthfulAnnotations(String tool) {
        ToolDefinitions.ToolDefinition definition = DEFINITIONS.load(tool);
        assertThat(definition.inputSchema().path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(definition.tool().outputSchema()).containsEntry("type", "object");
        assertThat(EventCodec.mapper().writeValueAsString(definition.tool())).doesNotContain("$include");
        assertThat(definition.tool().annotations().openWorldHint()).isTrue();
        assertThat(definition.tool().annotations().destructiveHint()).isFalse();
        boolean read = tool.equals("get_thread");
        assertThat(definition.tool().annotations().readOnlyHint()).isEqualTo(read);
        assertThat(definition.tool().annotations().idempotentHint()).isEqualTo(read);
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        ArgumentValidator create = new ArgumentValidator(DEFINITIONS.load("create_thread").inputSchema());
        assertThat(create.problem(json("{\"prompt\":\"How many customers?\"}"))).isEmpty();
        assertThat(create.problem(json("{}"))).hasValueSatisfying(p -> assertThat(p).contains("prompt"));
        assertThat(create.problem(json("{\"prompt\":\"\"}"))).isPresent();
        assertThat(create.problem(json("{\"prompt\":\"q\",\"workspace\":\"w\"}"))).isPresent();
        ArgumentValidator ask = new ArgumentValidator(DEFINITIONS.load("ask_hex").inputSchema());
        assertThat(ask.problem(json("{\"prompt\":\"q\",\"expect\":\"total\",\"timeout_seconds\":60}"))).isEmpty();
        assertThat(ask.problem(json("{\"prompt\":\"q\",\"timeout_seconds\":601}")))
                .hasValueSatisfying(p -> assertThat(p).contains("timeout_seconds"));
        assertThat(ask.problem(json("{\"prompt\":\"q\",\"expect\":\"\"}")))
                .hasValueSatisfying(p -> assertThat(p).contains("expect"));
        ArgumentValidator cont = new ArgumentValidator(DEFINITIONS.load("continue_thread").inputSchema());
        assertThat(cont.problem(json("{\"thread_id\":\"t-1\",\"prompt\":\"and?\"}"))).isEmpty();
        assertThat(cont.problem(json("{\"prompt\":\"and?\"}")))
                .hasValueSatisfying(p -> assertThat(p).contains("thread_id"));
    }

    @Test
    void summariesSayWhereTheThreadStandsAndWhatToDoNext() {
        JsonNode running = json("""
                {"threadId":"t-1","status":"RUNNING","waitTime":5,"url":"https://hex/t/t-1"}""");
        assertThat(new CreateThreadTool().summarize(json("{}"), running)).isEqualTo("Started a new thread. Hex "
                + "thread t-1 is working (RUNNING). Call get_thread with thread_id \"t-1\" again in about 5 s. Open "
                + "it in Hex: https://hex/t/t-1");
        JsonNode idle = json("""
                {"threadId":"t-1","status":"IDLE","url":"https://hex/t/t-1",
                 "messages":[{"type":"text","text":"user: top customers"},
                             {"type":"text","text":"assistant: Here are the top customers."}],
                 "tables":[{"rows":[["a"],["b"]],"truncated":false}]}""");
        assertThat(new GetThreadTool().summarize(json("{}"), idle)).isEqualTo("Hex thread t-1 is finished (IDLE). "
                + "Answer: Here are the top customers. One table has 2 rows in structuredContent.tables. Open it in "
                + "Hex: https://hex/t/t-1");
        JsonNode failed = json("""
                {"threadId":"t-2","status":"ERROR","error":{"type":"DATA_CONNECTION_NOT_AUTHORIZED","message":"No access."}}""");
        assertThat(new ContinueThreadTool().summarize(json("{}"), failed)).isEqualTo("Sent the follow-up. Hex thread "
                + "t-2 ended in ERROR: DATA_CONNECTION_NOT_AUTHORIZED No access.");
        assertThat(new GetThreadTool().summarize(json("{}"), json("{\"threadId\":\"t-3\",\"status\":\"ARCHIVED\"}")))
                .contains("reported status ARCHIVED").contains("get_thread");
    }

    private static JsonNode json(String text) {
        return EventCodec.mapper().readTree(text);
    }
}
