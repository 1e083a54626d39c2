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
 * {@code update_hex_group} → {@code PATCH /v1/groups/{groupId}} with
 * {@code {name?, members?: {add?: {users: [{id}]}, remove?: {users: [{id}]}}}}.
 */
@Component
public class UpdateGroupOperation extends RestOperation {

    public UpdateGroupOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "update_hex_group";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        Arguments.copy(arguments, "name", body, "name");
        ObjectNode members = Arguments.object();
        membership(arguments, "add_member_user_ids", members, "add");
        membership(arguments, "remove_member_user_ids", members, "remove");
        if (!members.isEmpty()) {
            body.set("members", members);
        }
        return HexRequest.get("/groups/{groupId}", Arguments.text(arguments, "group_id"))
                .withBody(HttpMethod.PATCH, body);
    }

    private static void membership(JsonNode arguments, String argument, ObjectNode members, String change) {
        if (arguments.hasNonNull(argument) && !arguments.get(argument).isEmpty()) {
            ObjectNode users = Arguments.object();
            users.set("users", Arguments.idRefs(arguments.get(argument)));
            members.set(change, users);
        }
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
