package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import reactor.core.publisher.Mono;

/** One tool of the emulated Hex MCP server. Implementations throw {@link InvalidToolCallException} to refuse. */
interface HexMcpTool {

    Tool definition();

    Mono<CallToolResult> call(User caller, ToolArguments arguments);

    /** Hex's knowledge tools need the Explorer role or higher; {@code get_me} does not. */
    default boolean requiresExplorer() {
        return true;
    }
}
