package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.workspace.Role;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The common path of every tool call: find the caller, check their role, run the tool, and turn refusals into
 * {@code isError} results (never JSON-RPC errors, which a model cannot read).
 */
final class ToolCallHandler {

    private static final Logger log = LoggerFactory.getLogger(ToolCallHandler.class);
    private static final Set<Role> EXPLORER_OR_HIGHER = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.EDITOR,
            Role.EXPLORER);

    private final HexMcpTool tool;

    ToolCallHandler(HexMcpTool tool) {
        this.tool = tool;
    }

    Mono<CallToolResult> call(McpAsyncServerExchange exchange, CallToolRequest request) {
        return Mono.defer(() -> {
            User caller = McpCallerContext.user(exchange.transportContext());
            if (tool.requiresExplorer() && !EXPLORER_OR_HIGHER.contains(caller.role())) {
                return Mono.just(ToolResults.error("Not authorized: " + tool.definition().name()
                        + " needs the Explorer role or higher in the Hex workspace."));
            }
            return tool.call(caller, new ToolArguments(request.arguments()));
        }).onErrorResume(e -> {
            if (e instanceof InvalidToolCallException) {
                return Mono.just(ToolResults.error(e.getMessage()));
            }
            log.warn("tool {} failed: {}", tool.definition().name(), e.toString());
            return Mono.just(ToolResults.error("The tool failed unexpectedly (" + e.getClass().getSimpleName()
                    + "). Try again."));
        });
    }
}
