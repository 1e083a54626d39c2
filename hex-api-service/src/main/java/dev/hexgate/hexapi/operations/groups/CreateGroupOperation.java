package dev.hexgate.hexapi.operations.groups;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code create_hex_group} → {@code POST /v1/groups} with {@code {name, members?: {users: [{id}]}}}; Hex answers
 * 201 {@code {id, name, members}}.
 */
@Component
public class CreateGroupOperation extends RestOperation {

    public CreateGroupOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "create_hex_group";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        Arguments.copy(arguments, "name", body, "name");
        if (arguments.hasNonNull("member_user_ids")) {
            ObjectNode members = Arguments.object();
            members.set("users", Arguments.idRefs(arguments.get("member_user_ids")));
            body.set("members", members);
        }
        return HexRequest.get("/groups").withBody(HttpMethod.POST, body);
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return "a new group named \"" + Arguments.text(arguments, "name") + "\"";
    }
}
