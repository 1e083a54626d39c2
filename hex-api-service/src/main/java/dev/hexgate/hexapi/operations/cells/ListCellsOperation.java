package dev.hexgate.hexapi.operations.cells;

import dev.hexgate.hexapi.operations.HexQuery;
import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_cells} → ListCells, {@code GET /v1/cells?projectId=…}: one page of a project's draft cells. */
@Component
public class ListCellsOperation extends RestOperation {

    public ListCellsOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "list_hex_cells";
    }

    @Override
    public String target(JsonNode arguments) {
        // ListCells answers 404 for an unknown project.
        return "project " + arguments.path("project_id").asString();
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/cells").withQuery(HexQuery.from(arguments)
                .put("project_id", "projectId")
                .put("limit", "limit")
                .put("after", "after")
                .put("before", "before")
                .build());
    }
}
