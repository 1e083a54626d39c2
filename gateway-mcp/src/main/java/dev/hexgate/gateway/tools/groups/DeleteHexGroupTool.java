package dev.hexgate.gateway.tools.groups;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code delete_hex_group}: delete a group; Hex answers 204, which is success. */
@Component
public class DeleteHexGroupTool implements HexTool {

    @Override
    public String name() {
        return "delete_hex_group";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Deleted group " + result.path("groupId").asString()
                + ". Its members stay in the workspace; access granted only through the group is gone.";
    }
}
