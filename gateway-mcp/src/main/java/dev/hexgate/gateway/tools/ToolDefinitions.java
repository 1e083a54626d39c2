package dev.hexgate.gateway.tools;

import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads tool definitions from {@code mcp/tools/<name>.json}. A definition may say {@code {"$include": "project"}}
 * anywhere to reuse {@code mcp/schemas/project.json}, so a shape shared by several tools is written once.
 */
public final class ToolDefinitions {

    private static final String INCLUDE = "$include";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper;

    public ToolDefinitions(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public ToolDefinition load(String toolName) {
        ObjectNode json = (ObjectNode) resolveIncludes(read("mcp/tools/" + toolName + ".json"));
        if (!toolName.equals(json.path("name").asString())) {
            throw new IllegalStateException("mcp/tools/" + toolName + ".json names another tool");
        }
        JsonNode annotations = json.path("annotations");
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(toolName)
                .title(json.path("title").asString())
                .description(json.path("description").asString())
                .inputSchema(mapper.convertValue(json.get("inputSchema"), MAP))
                .outputSchema(mapper.convertValue(json.get("outputSchema"), MAP))
                .annotations(new McpSchema.ToolAnnotations(json.path("title").asString(),
                        annotations.path("readOnlyHint").asBoolean(),
                        annotations.path("destructiveHint").asBoolean(),
                        annotations.path("idempotentHint").asBoolean(),
                        annotations.path("openWorldHint").asBoolean(), null))
                .build();
        return new ToolDefinition(tool, json.get("inputSchema"));
    }

    private JsonNode read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private JsonNode resolveIncludes(JsonNode node) {
        if (node.isObject()) {
            if (node.has(INCLUDE)) {
                return resolveIncludes(read("mcp/schemas/" + node.get(INCLUDE).asString() + ".json"));
            }
            ObjectNode object = (ObjectNode) node;
            for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                object.set(name, resolveIncludes(object.get(name)));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((tools.jackson.databind.node.ArrayNode) node).set(i, resolveIncludes(node.get(i)));
            }
        }
        return node;
    }

    /** The SDK's tool plus the input schema as a tree, for validation. */
    public record ToolDefinition(McpSchema.Tool tool, JsonNode inputSchema) {
    }
}
