package dev.hexgate.emulator.mcpauth;

import dev.hexgate.emulator.workspace.User;
import java.util.Map;
import java.util.Optional;

/** The user an authenticated {@code /mcp} request acts as; stored on the exchange by {@link McpBearerFilter}. */
public record McpCaller(User user) {

    /** Exchange attribute name; the MCP transport copies it into the tool call's transport context. */
    public static final String ATTRIBUTE = McpCaller.class.getName();

    /** Reads the caller from a map of attributes (the exchange's, or an MCP transport context's). */
    public static Optional<McpCaller> from(Map<String, Object> attributes) {
        Object value = attributes.get(ATTRIBUTE);
        return value instanceof McpCaller ? Optional.of((McpCaller) value) : Optional.empty();
    }
}
