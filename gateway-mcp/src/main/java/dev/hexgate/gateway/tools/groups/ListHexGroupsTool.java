package dev.hexgate.gateway.tools.groups;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_groups}: one page of the workspace's groups. */
@Component
public class ListHexGroupsTool implements HexTool {

    @Override
    public String name() {
        return "list_hex_groups";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return DirectoryText.pageProblem(arguments);
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return DirectoryText.page(result, "group", "groups", g -> DirectoryText.named(g, "name"));
    }
}
