package dev.hexgate.hexapi.operations.sharing;

import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_project_user_sharing} → {@code PATCH /v1/projects/{projectId}/sharing/users}: grants,
 * changes or removes ({@code NONE}) user access, at most 25 entries per call.
 */
@Component
public class UpdateProjectUserSharingOperation extends ProjectSharingOperation {

    public UpdateProjectUserSharingOperation(HexRestClient hex) {
        super(hex, "users");
    }

    @Override
    public String name() {
        return "update_hex_project_user_sharing";
    }

    @Override
    protected ObjectNode sharing(JsonNode arguments) {
        return upsert(arguments.path("user_permissions"), "users", "user");
    }
}
