package dev.hexgate.hexclient.mcp;

/**
 * One message of a thread as Hex's MCP tool lists it, e.g. {@code {"type": "text", "text": "assistant: …"}}.
 *
 * @param type Hex's block type ({@code text} when Hex sent a bare string)
 * @param text the message text
 */
public record ThreadMessage(String type, String text) {
}
