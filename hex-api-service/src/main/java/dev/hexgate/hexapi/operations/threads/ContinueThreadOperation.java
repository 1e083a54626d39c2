package dev.hexgate.hexapi.operations.threads;

import dev.hexgate.hexclient.mcp.HexMcpClient;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code continue_thread}: a follow-up prompt on one of the user's IDLE threads (Hex MCP {@code continue_thread};
 * Hex refuses one while the thread runs). A mutation like {@link CreateThreadOperation}: ledger, audit with the
 * prompt's digest and length, and {@code ThreadStarted} for the thread's new turn.
 */
@Component
public class ContinueThreadOperation extends ThreadOperation {

    public ContinueThreadOperation(HexMcpClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "continue_thread";
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public boolean startsThread() {
        return true;
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        return result(hex().continueThread(token, required(arguments, THREAD_ID), required(arguments, PROMPT)));
    }

    @Override
    public String target(JsonNode arguments) {
        return "thread " + arguments.path(THREAD_ID).asString("(none)");
    }

    @Override
    public AuditTarget auditTarget(JsonNode arguments) {
        return new AuditTarget("thread", arguments.path(THREAD_ID).asString(null));
    }

    @Override
    public Optional<JsonNode> auditArguments(JsonNode arguments) {
        return Optional.of(promptAudit(arguments));
    }
}
