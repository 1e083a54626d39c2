package dev.hexgate.hexclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Argument names mapped onto a tool's live input schema, including schemas whose names have drifted. */
class ToolArgumentMapperTest {

    @Test
    void keepsOurNamesWhenTheSchemaUsesThem() {
        Map<String, Object> mapped = ToolArgumentMapper.map("continue_thread",
                schema(List.of("thread_id", "prompt"), "thread_id", "prompt"), args("t-1", "why?"));
        assertThat(mapped).containsExactly(Map.entry("thread_id", "t-1"), Map.entry("prompt", "why?"));
    }

    @Test
    void mapsOlderAndOtherNamesHexHasUsed() {
        // Hex's older listing: id + prompt; a drifted one: threadId + message
        assertThat(ToolArgumentMapper.map("continue_thread", schema(List.of("id", "prompt"), "id", "prompt"),
                args("t-1", "why?"))).containsExactly(Map.entry("id", "t-1"), Map.entry("prompt", "why?"));
        assertThat(ToolArgumentMapper.map("continue_thread",
                schema(List.of("threadId", "message"), "threadId", "message"), args("t-2", "and?")))
                .containsExactly(Map.entry("threadId", "t-2"), Map.entry("message", "and?"));
        assertThat(ToolArgumentMapper.map("create_thread", schema(List.of("question")), Map.of("prompt", "q")))
                .containsExactly(Map.entry("question", "q"));
    }

    @Test
    void prefersTheExactNameOverAnAlias() {
        Map<String, Object> mapped = ToolArgumentMapper.map("get_thread",
                schema(List.of("id", "thread_id"), "thread_id"), Map.of("thread_id", "t-3"));
        assertThat(mapped).containsExactly(Map.entry("thread_id", "t-3"));
    }

    @Test
    void refusesWhenNoPropertyFitsNamingWhatTheToolTakes() {
        HexMcpException error = catchThrowableOfType(HexMcpException.class, () -> ToolArgumentMapper.map(
                "get_thread", schema(List.of("conversation", "cursor"), "conversation"),
                Map.of("thread_id", "t-4")));
        assertThat(error.kind()).isEqualTo(HexMcpException.Kind.SCHEMA_MISMATCH);
        assertThat(error.toolCallSent()).isFalse();
        assertThat(error.getMessage()).contains("get_thread", "[conversation, cursor]", "'thread_id'");
    }

    @Test
    void refusesWhenTheToolRequiresSomethingWeDoNotSend() {
        HexMcpException error = catchThrowableOfType(HexMcpException.class, () -> ToolArgumentMapper.map(
                "create_thread", schema(List.of("prompt", "workspace_id"), "prompt", "workspace_id"),
                Map.of("prompt", "q")));
        assertThat(error.kind()).isEqualTo(HexMcpException.Kind.SCHEMA_MISMATCH);
        assertThat(error.getMessage()).contains("requires [workspace_id]");
    }

    @Test
    void twoArgumentsNeverLandOnOneProperty() {
        HexMcpException error = catchThrowableOfType(HexMcpException.class, () -> ToolArgumentMapper.map(
                "continue_thread", schema(List.of("text")), args("t-5", "why?")));
        assertThat(error.kind()).isEqualTo(HexMcpException.Kind.SCHEMA_MISMATCH);
    }

    @Test
    void namesAloneGiveTheSchemasNameForEachOfOurs() {
        assertThat(ToolArgumentMapper.names("continue_thread", schema(List.of("id", "question"), "id", "question"),
                List.of("thread_id", "prompt")))
                .containsExactly(Map.entry("thread_id", "id"), Map.entry("prompt", "question"));
        assertThat(catchThrowableOfType(HexMcpException.class, () -> ToolArgumentMapper.names("get_thread",
                schema(List.of("conversation"), "conversation"), List.of("thread_id"))).kind())
                .isEqualTo(HexMcpException.Kind.SCHEMA_MISMATCH);
    }

    @Test
    void aSchemaWithoutPropertiesTakesTheArgumentsAsTheyAre() {
        assertThat(ToolArgumentMapper.map("create_thread", Map.of("type", "object"), Map.of("prompt", "q")))
                .containsExactly(Map.entry("prompt", "q"));
    }

    private static Map<String, Object> args(String threadId, String prompt) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("thread_id", threadId);
        arguments.put("prompt", prompt);
        return arguments;
    }

    private static Map<String, Object> schema(List<String> properties, String... required) {
        Map<String, Object> props = new LinkedHashMap<>();
        properties.forEach(p -> props.put(p, Map.of("type", "string")));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        schema.put("required", List.of(required));
        return schema;
    }
}
