package dev.hexgate.hexapi.operations.groups;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code delete_hex_group} → {@code DELETE /v1/groups/{groupId}}. Hex answers 204 with no body, which is success:
 * the result is {@code {"deleted": true, "groupId": …}}. The members stay in the workspace.
 */
@Component
public class DeleteGroupOperation extends RestOperation {

    public DeleteGroupOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "delete_hex_group";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/groups/{groupId}", Arguments.text(arguments, "group_id"))
                .withBody(HttpMethod.DELETE, null);
    }

    @Override
    protected JsonNode result(JsonNode arguments, HexResponse response) {
        return Arguments.object().put("deleted", true).put("groupId", Arguments.text(arguments, "group_id"));
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return Arguments.target("group", arguments, "group_id");
    }
}
