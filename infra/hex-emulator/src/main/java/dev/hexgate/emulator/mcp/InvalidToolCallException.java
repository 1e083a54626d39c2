package dev.hexgate.emulator.mcp;

/**
 * A tool call the tool refuses (bad or missing argument, unknown thread, thread not IDLE, role too low). It
 * becomes an {@code isError} tool result with this message, which is what MCP prescribes for such failures: the
 * model can read it and correct the call.
 */
class InvalidToolCallException extends RuntimeException {

    InvalidToolCallException(String message) {
        super(message);
    }
}
