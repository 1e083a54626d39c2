package dev.hexgate.hexapi.operations.runs;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code get_hex_project_runs} → GetProjectRuns, {@code GET /v1/projects/{projectId}/runs}: one page of a
 * project's run history. This is the one Hex list paged by offset; Hex's {@code runs}, {@code nextPage} and
 * {@code previousPage} are kept as they came.
 */
@Component
public class GetProjectRunsOperation extends RestOperation {

    public GetProjectRunsOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_hex_project_runs";
    }

    @Override
    public String target(JsonNode arguments) {
        return "project " + RunArguments.projectId(arguments);
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        RunArguments.query(query, arguments, "limit", "limit");
        RunArguments.query(query, arguments, "offset", "offset");
        RunArguments.query(query, arguments, "status_filter", "statusFilter");
        RunArguments.query(query, arguments, "run_trigger_filter", "runTriggerFilter");
        return HexRequest.get("/projects/{projectId}/runs", RunArguments.projectId(arguments)).withQuery(query);
    }
}
