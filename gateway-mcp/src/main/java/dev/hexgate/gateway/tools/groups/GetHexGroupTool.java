package dev.hexgate.gateway.tools.groups;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_group}: one group (Hex leaves members out). */
@Component
public class GetHexGroupTool implements HexTool {

    @Override
    public String name() {
        return "get_hex_group";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Group " + DirectoryText.named(result, "name") + ", created " + result.path("createdAt").asString("")
                + ". Hex does not list members here: use list_hex_users with group_id=\"" + result.path("id").asString()
                + "\".";
    }
}
