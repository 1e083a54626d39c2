package dev.hexgate.gateway.mcp;

import dev.hexgate.gateway.auth.BearerAuthenticationFilter;
import dev.hexgate.gateway.auth.Caller;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import java.util.Map;
import org.springframework.web.reactive.function.server.ServerRequest;

/** Carries the authenticated {@link Caller} from the HTTP request into every MCP handler of that request. */
public final class CallerContext implements McpTransportContextExtractor<ServerRequest> {

    private static final String KEY = "hexgate.caller";

    @Override
    public McpTransportContext extract(ServerRequest request) {
        return request.attribute(BearerAuthenticationFilter.CALLER_ATTRIBUTE)
                .map(caller -> McpTransportContext.create(Map.of(KEY, caller)))
                .orElse(McpTransportContext.EMPTY);
    }

    /** The caller of a tool call; the authentication filter guarantees there is one. */
    public static Caller caller(McpTransportContext context) {
        Object caller = context == null ? null : context.get(KEY);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new IllegalStateException("tool call without an authenticated caller");
    }
}
