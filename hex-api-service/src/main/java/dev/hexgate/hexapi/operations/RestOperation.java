package dev.hexgate.hexapi.operations;

import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * An operation that is one Hex call: the subclass says which request the tool's arguments make and, if needed,
 * how Hex's answer becomes the tool's result (e.g. a 204 becomes {@code {"cancelled": true, ...}}).
 */
public abstract class RestOperation implements HexOperation {

    private final HexRestClient hex;

    protected RestOperation(HexRestClient hex) {
        this.hex = hex;
    }

    /** The Hex call for these (already validated) tool arguments. */
    protected abstract HexRequest request(JsonNode arguments);

    /** The tool's result from Hex's answer; by default Hex's body as it came. */
    protected JsonNode result(JsonNode arguments, HexResponse response) {
        return response.body();
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        return hex.send(token, request(arguments))
                .map(response -> new HexResult(result(arguments, response), response.status()));
    }
}
