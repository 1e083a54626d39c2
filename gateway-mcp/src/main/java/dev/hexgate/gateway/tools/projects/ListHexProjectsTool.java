package dev.hexgate.gateway.tools.projects;

import dev.hexgate.gateway.tools.HexTool;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_projects}: one page of the workspace's projects, by Hex's cursor pagination. */
@Component
public class ListHexProjectsTool implements HexTool {

    @Override
    public String name() {
        return "list_hex_projects";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        if (arguments.hasNonNull("after") && arguments.hasNonNull("before")) {
            return Optional.of("give either 'after' or 'before', not both");
        }
        return Optional.empty();
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        JsonNode values = result.path("values");
        StringBuilder text = new StringBuilder();
        text.append(values.size()).append(values.size() == 1 ? " project" : " projects");
        if (!values.isEmpty()) {
            text.append(": ");
            for (int i = 0; i < values.size(); i++) {
                JsonNode project = values.get(i);
                text.append(i == 0 ? "" : "; ").append(project.path("title").asString())
                        .append(" (").append(project.path("id").asString()).append(')');
            }
        }
        String after = result.path("pagination").path("after").asString(null);
        text.append(after == null ? ". This is the last page." : ". More: call again with after=\"" + after + "\".");
        return text.toString();
    }
}
