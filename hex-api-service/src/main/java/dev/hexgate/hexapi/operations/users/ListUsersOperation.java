package dev.hexgate.hexapi.operations.users;

import dev.hexgate.hexapi.operations.HexQuery;
import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code list_hex_users} → ListUsers, {@code GET /v1/users}: one page of the workspace's users, optionally only a
 * group's members ({@code group_id}) or the listed ids ({@code user_ids}, sent comma-separated as Hex wants).
 */
@Component
public class ListUsersOperation extends RestOperation {

    public ListUsersOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "list_hex_users";
    }

    @Override
    public String target(JsonNode arguments) {
        // ListUsers answers 404 for an unknown groupId.
        return arguments.hasNonNull("group_id") ? "group " + arguments.get("group_id").asString() : "the user list";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/users").withQuery(HexQuery.from(arguments)
                .put("limit", "limit")
                .put("after", "after")
                .put("before", "before")
                .put("sort_by", "sortBy")
                .put("sort_direction", "sortDirection")
                .put("group_id", "groupId")
                .putJoined("user_ids", "userIds")
                .build());
    }
}
