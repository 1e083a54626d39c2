package dev.hexgate.emulator.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shapes tool results. A success carries {@code structuredContent} and, as MCP asks, the same JSON as a text block
 * for clients that only read text. Values go through the application's JSON mapper first, so timestamps look
 * exactly as they do on the REST API.
 */
@Component
class ToolResults {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper;

    ToolResults(JsonMapper mapper) {
        this.mapper = mapper;
    }

    CallToolResult success(Object structured) {
        Map<String, Object> content = mapper.convertValue(structured, MAP);
        return CallToolResult.builder()
                .structuredContent(content)
                .addTextContent(mapper.writeValueAsString(content))
                .isError(false)
                .build();
    }

    static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
