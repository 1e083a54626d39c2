package dev.hexgate.gateway.tools.collections;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_collections}: one page of the workspace's collections. */
@Component
public class ListHexCollectionsTool implements HexTool {

    @Override
    public String name() {
        return "list_hex_collections";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return DirectoryText.pageProblem(arguments);
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return DirectoryText.page(result, "collection", "collections", c -> DirectoryText.named(c, "name"));
    }
}
