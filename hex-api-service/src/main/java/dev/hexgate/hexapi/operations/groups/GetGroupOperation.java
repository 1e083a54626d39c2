package dev.hexgate.hexapi.operations.groups;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_group} → {@code GET /v1/groups/{groupId}}: {@code {id, name, createdAt}}, no members. */
@Component
public class GetGroupOperation extends RestOperation {

    public GetGroupOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_hex_group";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/groups/{groupId}", Arguments.text(arguments, "group_id"));
    }

    @Override
    public String target(JsonNode arguments) {
        return Arguments.target("group", arguments, "group_id");
    }
}
