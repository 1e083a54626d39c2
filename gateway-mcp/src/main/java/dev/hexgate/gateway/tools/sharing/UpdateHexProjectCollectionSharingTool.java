package dev.hexgate.gateway.tools.sharing;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_project_collection_sharing}: collection access to one project, up to 25 entries per call. */
@Component
public class UpdateHexProjectCollectionSharingTool implements HexTool {

    @Override
    public String name() {
        return "update_hex_project_collection_sharing";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return ProjectSharingSummary.summarize(result, "collectionIds", arguments.path("collection_permissions").size(), "collections",
                ProjectSharingSummary.now(result.path("project").path("sharing").path("collections"), "collection", "name"));
    }
}
