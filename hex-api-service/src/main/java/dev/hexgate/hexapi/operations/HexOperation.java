package dev.hexgate.hexapi.operations;

import java.time.Instant;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** One Hex operation a command can ask for; its name is the tool name. */
public interface HexOperation {

    String name();

    /** Calls Hex with {@code token} and answers Hex's result as JSON with Hex's field names. */
    Mono<HexResult> execute(JsonNode arguments, String token);

    /**
     * Whether the call changes Hex (creates, runs, edits, deletes, shares). Mutations are never retried blindly,
     * are recorded in the command ledger before Hex is called, and are audited.
     */
    default boolean mutates() {
        return false;
    }

    /**
     * For a mutation whose earlier attempt may have reached Hex before the service stopped (the ledger says it
     * started but holds no result): find what that attempt did instead of doing it again, e.g. the run a
     * {@code run_hex_project} started. Empty when the operation cannot tell; the ledger then reports the command
     * as failed-unknown rather than repeating it.
     */
    default Mono<HexResult> recover(JsonNode arguments, String token, Instant attemptStartedAt) {
        return Mono.empty();
    }

    /** What the command was about, for messages: e.g. {@code project 5a85…}. */
    default String target(JsonNode arguments) {
        return "the requested object";
    }

    /** Hex's answer and the status it came with. */
    record HexResult(JsonNode body, int status) {
    }
}
