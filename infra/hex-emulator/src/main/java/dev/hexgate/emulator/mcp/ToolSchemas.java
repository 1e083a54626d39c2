package dev.hexgate.emulator.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input schemas for the tools. Hex publishes only prose, so argument names follow what current clients send
 * ({@code prompt}, {@code thread_id}, {@code query}); clients are expected to read them from {@code tools/list}.
 * The thread-id and prompt names are settings ({@link McpProperties#threadIdArgument()},
 * {@link McpProperties#promptArgument()}) because those are the names Hex has changed.
 */
final class ToolSchemas {

    static final Map<String, Object> THREAD_ID_SCHEMA =
            string("The id of the thread, as returned by create_thread.");

    private ToolSchemas() {
    }

    static Map<String, Object> objectWith(Map<String, Object> properties, String... required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (required.length > 0) {
            schema.put("required", List.of(required));
        }
        return schema;
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "minLength", 1, "description", description);
    }
}
