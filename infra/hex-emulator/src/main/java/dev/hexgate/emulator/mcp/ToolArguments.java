package dev.hexgate.emulator.mcp;

import java.util.Map;

/** Reads a tool call's arguments, naming the argument in every complaint. */
final class ToolArguments {

    private final Map<String, Object> arguments;

    ToolArguments(Map<String, Object> arguments) {
        this.arguments = arguments == null ? Map.of() : arguments;
    }

    /** A required string argument; empty or whitespace-only strings are refused too. */
    String requiredString(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            throw new InvalidToolCallException("Missing required argument '" + name + "'.");
        }
        if (!(value instanceof String)) {
            throw new InvalidToolCallException("Argument '" + name + "' must be a string.");
        }
        String text = (String) value;
        if (text.isBlank()) {
            throw new InvalidToolCallException("Argument '" + name + "' must not be empty.");
        }
        return text;
    }
}
