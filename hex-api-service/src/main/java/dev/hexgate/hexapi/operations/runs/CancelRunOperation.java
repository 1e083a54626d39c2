package dev.hexgate.hexapi.operations.runs;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code cancel_hex_run} → CancelRun, {@code DELETE /v1/projects/{projectId}/runs/{runId}}. Hex answers 204 with
 * no body, which is success (hex-mcp read JSON from it and failed after the cancel had happened); the result says
 * so explicitly. Cancelling a run that has already finished is refused by Hex.
 */
@Component
public class CancelRunOperation extends RestOperation {

    private final HexRestClient hex;

    public CancelRunOperation(HexRestClient hex) {
        super(hex);
        this.hex = hex;
    }

    @Override
    public String name() {
        return "cancel_hex_run";
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return "run " + RunArguments.runId(arguments) + " of project " + RunArguments.projectId(arguments);
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/projects/{projectId}/runs/{runId}", RunArguments.projectId(arguments),
                RunArguments.runId(arguments)).withBody(HttpMethod.DELETE, null);
    }

    /**
     * After an attempt that may have reached Hex: a KILLED run was cancelled (by that attempt, as far as anyone
     * can tell); a run still PENDING or RUNNING was not, and cancelling it now is what the caller asked for. A run
     * that finished otherwise cannot be cancelled and the attempt's effect is unknown: empty.
     */
    @Override
    public Mono<HexResult> recover(JsonNode arguments, String token, Instant attemptStartedAt) {
        HexRequest status = HexRequest.get("/projects/{projectId}/runs/{runId}", RunArguments.projectId(arguments),
                RunArguments.runId(arguments));
        return hex.send(token, status).flatMap(response -> {
            String current = response.hasBody() ? response.body().path("status").asString("") : "";
            if ("KILLED".equals(current)) {
                return Mono.just(new HexResult(result(arguments, response), 204));
            }
            if ("PENDING".equals(current) || "RUNNING".equals(current)) {
                return execute(arguments, token);
            }
            return Mono.empty();
        });
    }

    @Override
    protected JsonNode result(JsonNode arguments, HexResponse response) {
        return JsonNodeFactory.instance.objectNode()
                .put("cancelled", true)
                .put("projectId", RunArguments.projectId(arguments))
                .put("runId", RunArguments.runId(arguments));
    }
}
