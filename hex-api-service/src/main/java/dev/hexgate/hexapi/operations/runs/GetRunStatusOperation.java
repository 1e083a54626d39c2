package dev.hexgate.hexapi.operations.runs;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_run_status} → GetRunStatus, {@code GET /v1/projects/{projectId}/runs/{runId}}; Hex's body as is. */
@Component
public class GetRunStatusOperation extends RestOperation {

    public GetRunStatusOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_hex_run_status";
    }

    @Override
    public String target(JsonNode arguments) {
        return "run " + RunArguments.runId(arguments) + " of project " + RunArguments.projectId(arguments);
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/projects/{projectId}/runs/{runId}", RunArguments.projectId(arguments),
                RunArguments.runId(arguments));
    }
}
