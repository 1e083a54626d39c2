package dev.hexgate.hexapi.operations.groups;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_groups} → {@code GET /v1/groups} (cursor paging, up to 500 per page). */
@Component
public class ListGroupsOperation extends RestOperation {

    public ListGroupsOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "list_hex_groups";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/groups").withQuery(Arguments.pageQuery(arguments));
    }

    @Override
    public String target(JsonNode arguments) {
        return "the group list";
    }
}
