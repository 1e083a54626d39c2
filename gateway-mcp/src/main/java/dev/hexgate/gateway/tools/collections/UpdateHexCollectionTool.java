package dev.hexgate.gateway.tools.collections;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_collection}: rename, describe, or change who may see a collection. */
@Component
public class UpdateHexCollectionTool implements HexTool {

    @Override
    public String name() {
        return "update_hex_collection";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return DirectoryText.requireChange(arguments, "name", "description", "sharing_users", "sharing_groups",
                "workspace_access");
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Updated " + CollectionText.describe(result);
    }
}
