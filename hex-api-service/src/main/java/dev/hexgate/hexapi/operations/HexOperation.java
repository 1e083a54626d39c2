package dev.hexgate.hexapi.operations;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** One Hex operation a command can ask for; its name is the tool name. */
public interface HexOperation {

    String name();

    /** Calls Hex with {@code token} and answers Hex's result as JSON with Hex's field names. */
    Mono<HexResult> execute(JsonNode arguments, String token);

    /** What the command was about, for messages: e.g. {@code project 5a85…}. */
    default String target(JsonNode arguments) {
        return "the requested object";
    }

    /** Hex's answer and the status it came with. */
    record HexResult(JsonNode body, int status) {
    }
}
