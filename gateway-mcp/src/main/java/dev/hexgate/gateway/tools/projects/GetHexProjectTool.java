package dev.hexgate.gateway.tools.projects;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_project}: one project's metadata. */
@Component
public class GetHexProjectTool implements HexTool {

    @Override
    public String name() {
        return "get_hex_project";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode project) {
        StringBuilder text = new StringBuilder()
                .append('"').append(project.path("title").asString()).append("\" (")
                .append(project.path("id").asString()).append("), ")
                .append(project.path("type").asString("PROJECT").toLowerCase());
        String status = project.path("status").path("name").asString(null);
        if (status != null) {
            text.append(", status ").append(status);
        }
        text.append(", owner ").append(project.path("owner").path("email").asString())
                .append(", last edited ").append(project.path("lastEditedAt").asString());
        String published = project.path("lastPublishedAt").asString(null);
        text.append(published == null ? ", never published" : ", last published " + published);
        if (project.hasNonNull("archivedAt")) {
            text.append(", archived");
        }
        return text.append('.').toString();
    }
}
