package dev.hexgate.gateway.tools;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What is special about one tool. Its wire definition (description, input and output schema, annotations) lives in
 * {@code mcp/tools/<name>.json}; validation, publishing and waiting are the same for every tool.
 */
public interface HexTool {

    /** The tool name, also the command's operation. */
    String name();

    /** Rules the JSON schema cannot say well; a message naming the argument when broken. */
    default Optional<String> checkArguments(JsonNode arguments) {
        return Optional.empty();
    }

    /**
     * The arguments as they travel in the command: by default the validated arguments as they are. A tool whose
     * arguments carry secrets seals them here, so they never cross Kafka in clear.
     */
    default JsonNode commandArguments(JsonNode arguments) {
        return arguments;
    }

    /** A short line or two a person (or model) can read instead of the structured content. */
    String summarize(JsonNode arguments, JsonNode result);
}
