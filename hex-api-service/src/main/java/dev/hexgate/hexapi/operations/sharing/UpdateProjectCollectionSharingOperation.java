package dev.hexgate.hexapi.operations.sharing;

import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_project_collection_sharing} → {@code PATCH /v1/projects/{projectId}/sharing/collections}: grants,
 * changes or removes ({@code NONE}) collection access, at most 25 entries per call.
 */
@Component
public class UpdateProjectCollectionSharingOperation extends ProjectSharingOperation {

    public UpdateProjectCollectionSharingOperation(HexRestClient hex) {
        super(hex, "collections");
    }

    @Override
    public String name() {
        return "update_hex_project_collection_sharing";
    }

    @Override
    protected ObjectNode sharing(JsonNode arguments) {
        return upsert(arguments.path("collection_permissions"), "collections", "collection");
    }
}
