package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.mcpauth.McpCaller;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import java.util.Map;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Carries the {@link McpCaller} that {@code McpBearerFilter} put on the HTTP exchange into the MCP transport
 * context, which is all a tool handler sees of the request, so tools act as the token's user.
 */
final class McpCallerContext implements McpTransportContextExtractor<ServerRequest> {

    @Override
    public McpTransportContext extract(ServerRequest request) {
        return request.attribute(McpCaller.ATTRIBUTE)
                .map(caller -> McpTransportContext.create(Map.of(McpCaller.ATTRIBUTE, caller)))
                .orElse(McpTransportContext.EMPTY);
    }

    /** The user of a tool call; the bearer filter lets no request through without one. */
    static User user(McpTransportContext context) {
        Object caller = context == null ? null : context.get(McpCaller.ATTRIBUTE);
        if (caller instanceof McpCaller) {
            return ((McpCaller) caller).user();
        }
        throw new IllegalStateException("MCP tool call without an authenticated caller");
    }
}
