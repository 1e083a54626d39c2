package dev.hexgate.hexapi.operations.collections;

import dev.hexgate.hexapi.operations.directory.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A collection's sharing from the tool's {@code sharing_users}, {@code sharing_groups} ({@code [{id, access}]})
 * and {@code workspace_access}: Hex's {@code {users?, groups?, workspace?: {members}}}, or null when none is set.
 */
final class CollectionSharing {

    private CollectionSharing() {
    }

    static ObjectNode of(JsonNode arguments) {
        ObjectNode sharing = Arguments.object();
        if (arguments.hasNonNull("sharing_users")) {
            sharing.set("users", grants(arguments.get("sharing_users")));
        }
        if (arguments.hasNonNull("sharing_groups")) {
            sharing.set("groups", grants(arguments.get("sharing_groups")));
        }
        if (arguments.hasNonNull("workspace_access")) {
            sharing.set("workspace", Arguments.object().put("members", arguments.get("workspace_access").asString()));
        }
        return sharing.isEmpty() ? null : sharing;
    }

    private static ArrayNode grants(JsonNode entries) {
        ArrayNode grants = Arguments.array();
        for (JsonNode entry : entries) {
            grants.add(Arguments.object().put("id", entry.path("id").asString())
                    .put("access", entry.path("access").asString()));
        }
        return grants;
    }
}
