package dev.hexgate.gateway.tools.collections;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code create_hex_collection}: a new collection. */
@Component
public class CreateHexCollectionTool implements HexTool {

    @Override
    public String name() {
        return "create_hex_collection";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Created " + CollectionText.describe(result)
                + " Add projects with update_hex_project_collection_sharing.";
    }
}
