package dev.hexgate.hexapi.operations.sharing;

import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_project_group_sharing} → {@code PATCH /v1/projects/{projectId}/sharing/groups}: grants,
 * changes or removes ({@code NONE}) group access, at most 25 entries per call.
 */
@Component
public class UpdateProjectGroupSharingOperation extends ProjectSharingOperation {

    public UpdateProjectGroupSharingOperation(HexRestClient hex) {
        super(hex, "groups");
    }

    @Override
    public String name() {
        return "update_hex_project_group_sharing";
    }

    @Override
    protected ObjectNode sharing(JsonNode arguments) {
        return upsert(arguments.path("group_permissions"), "groups", "group");
    }
}
