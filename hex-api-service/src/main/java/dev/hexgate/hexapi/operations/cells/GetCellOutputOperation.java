package dev.hexgate.hexapi.operations.cells;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code get_hex_cell_output} → GetCellOutput, {@code GET /v1/cells/{cellId}/output} (Hex marks it unstable): the
 * latest output of a SQL cell in the draft session, a table preview or a {@code cell_run_error}. A failed cell is a
 * successful answer; the result's {@code type} says which.
 */
@Component
public class GetCellOutputOperation extends RestOperation {

    public GetCellOutputOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_hex_cell_output";
    }

    @Override
    public String target(JsonNode arguments) {
        return "cell " + arguments.path("cell_id").asString();
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/cells/{cellId}/output", arguments.path("cell_id").asString());
    }
}
