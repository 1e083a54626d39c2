package dev.hexgate.gateway.tools.collections;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_collection}: one collection. */
@Component
public class GetHexCollectionTool implements HexTool {

    @Override
    public String name() {
        return "get_hex_collection";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        String text = CollectionText.describe(result);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
