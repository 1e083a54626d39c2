package dev.hexgate.hexapi.operations;

import dev.hexgate.hexclient.policy.HexCallPolicy;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * An operation that is one Hex call: the subclass says which request the tool's arguments make and, if needed,
 * how Hex's answer becomes the tool's result (e.g. a 204 becomes {@code {"cancelled": true, ...}}).
 *
 * <p>Calls go through the service's {@link HexCallPolicy} (per-token rate limit; reads retried, writes sent once),
 * which Spring injects; without one (an operation built by hand in a test) they go straight to Hex.
 */
public abstract class RestOperation implements HexOperation {

    private final HexRestClient hex;
    private HexCallPolicy policy;

    protected RestOperation(HexRestClient hex) {
        this.hex = hex;
    }

    @Autowired(required = false)
    final void useCallPolicy(HexCallPolicy policy) {
        this.policy = policy;
    }

    /** One Hex call under the service's rules; for {@link #recover} and other extra calls of a subclass. */
    protected final Mono<HexResponse> callHex(String token, HexRequest request) {
        return policy == null ? hex.send(token, request) : policy.send(token, request);
    }

    /** The Hex call for these (already validated) tool arguments. */
    protected abstract HexRequest request(JsonNode arguments);

    /** The tool's result from Hex's answer; by default Hex's body as it came. */
    protected JsonNode result(JsonNode arguments, HexResponse response) {
        return response.body();
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        return callHex(token, request(arguments))
                .map(response -> new HexResult(result(arguments, response), response.status()));
    }
}
