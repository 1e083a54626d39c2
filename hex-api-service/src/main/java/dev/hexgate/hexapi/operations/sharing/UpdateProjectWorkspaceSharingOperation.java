package dev.hexgate.hexapi.operations.sharing;

import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_project_workspace_sharing} → {@code PATCH /v1/projects/{projectId}/sharing/workspaceAndPublic}
 * with {@code {"sharing": {"workspace"?: access, "publicWeb"?: access}}}; an audience left out keeps its access.
 */
@Component
public class UpdateProjectWorkspaceSharingOperation extends ProjectSharingOperation {

    public UpdateProjectWorkspaceSharingOperation(HexRestClient hex) {
        super(hex, "workspaceAndPublic");
    }

    @Override
    public String name() {
        return "update_hex_project_workspace_sharing";
    }

    @Override
    protected ObjectNode sharing(JsonNode arguments) {
        ObjectNode sharing = Arguments.object();
        Arguments.copy(arguments, "workspace_access", sharing, "workspace");
        Arguments.copy(arguments, "public_access", sharing, "publicWeb");
        return sharing;
    }
}
