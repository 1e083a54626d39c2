package dev.hexgate.hexapi.operations.threads;

import dev.hexgate.hexclient.mcp.HexMcpClient;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code create_thread}: asks the Hex agent a question in a new thread (Hex MCP {@code create_thread}). A mutation:
 * it goes through the command ledger, is audited with the prompt's digest and length only, and publishes
 * {@code ThreadStarted} so the thread is waited on. Hex offers no way to find the thread an interrupted attempt
 * created, so such an attempt ends {@code OUTCOME_UNKNOWN} rather than asking Hex twice.
 */
@Component
public class CreateThreadOperation extends ThreadOperation {

    public CreateThreadOperation(HexMcpClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "create_thread";
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
        return result(hex().createThread(token, required(arguments, PROMPT)));
    }

    @Override
    public String target(JsonNode arguments) {
        return "a new Hex thread";
    }

    /** The new thread; its id comes from the result ({@code threadId}). */
    @Override
    public AuditTarget auditTarget(JsonNode arguments) {
        return new AuditTarget("thread", null);
    }

    @Override
    public Optional<JsonNode> auditArguments(JsonNode arguments) {
        return Optional.of(promptAudit(arguments));
    }
}
