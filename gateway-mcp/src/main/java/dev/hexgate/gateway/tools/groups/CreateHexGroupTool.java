package dev.hexgate.gateway.tools.groups;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code create_hex_group}: a new group, optionally with members. */
@Component
public class CreateHexGroupTool implements HexTool {

    @Override
    public String name() {
        return "create_hex_group";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Created group " + DirectoryText.named(result, "name") + " with "
                + DirectoryText.plural(result.path("members").path("users").size(), "member", "members") + ".";
    }
}
