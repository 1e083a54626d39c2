package dev.hexgate.hexapi.operations.threads;

import dev.hexgate.hexclient.mcp.HexMcpClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code get_thread}: a thread's status and, once IDLE, its messages, tables and link (Hex MCP {@code get_thread}). */
@Component
public class GetThreadOperation extends ThreadOperation {

    public GetThreadOperation(HexMcpClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_thread";
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        return result(hex().getThread(token, required(arguments, THREAD_ID)));
    }

    @Override
    public String target(JsonNode arguments) {
        return "thread " + arguments.path(THREAD_ID).asString("(none)");
    }
}
