package dev.hexgate.gateway.tools.dataconnections;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_data_connections}: one page of the workspace's data connections (no settings). */
@Component
public class ListHexDataConnectionsTool implements HexTool {

    @Override
    public String name() {
        return "list_hex_data_connections";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return DirectoryText.pageProblem(arguments);
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return DirectoryText.page(result, "data connection", "data connections",
                c -> DirectoryText.named(c, "name") + " " + c.path("type").asString());
    }
}
