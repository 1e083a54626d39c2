package dev.hexgate.gateway.tools.projects;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.PageSummaries;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code search_hex_projects}: projects whose title or description contains a text (or matches a regular
 * expression), found by hex-api-service walking the whole project list, as Hex has no search endpoint.
 */
@Component
public class SearchHexProjectsTool implements HexTool {

    @Override
    public String name() {
        return "search_hex_projects";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        if (arguments.path("regex").asBoolean(false)) {
            try {
                Pattern.compile(arguments.path("search_pattern").asString());
            } catch (PatternSyntaxException e) {
                return Optional.of("argument 'search_pattern': not a valid regular expression (" + e.getDescription()
                        + " near index " + e.getIndex() + "); or pass regex=false to search for it as plain text");
            }
        }
        return Optional.empty();
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        String pattern = arguments.path("search_pattern").asString();
        String criterion = arguments.path("regex").asBoolean(false)
                ? "matches /" + pattern + "/" : "contains \"" + pattern + "\"";
        int total = result.path("total").asInt();
        int offset = result.path("offset").asInt();
        JsonNode values = result.path("values");
        StringBuilder text = new StringBuilder();
        if (total == 0) {
            text.append("No project's title or description ").append(criterion).append('.');
        } else {
            text.append("Found ").append(PageSummaries.count(total, "project", "projects"))
                    .append(" whose title or description ").append(criterion);
            if (values.isEmpty()) {
                text.append("; none from offset ").append(offset).append('.');
            } else {
                if (values.size() < total) {
                    text.append("; matches ").append(offset + 1).append('-').append(offset + values.size());
                }
                text.append(": ");
                for (int i = 0; i < values.size(); i++) {
                    JsonNode project = values.get(i);
                    text.append(i == 0 ? "" : "; ").append(project.path("title").asString())
                            .append(" (").append(project.path("id").asString()).append(')');
                }
                text.append('.');
                int next = offset + values.size();
                if (next < total) {
                    text.append(" More: call again with offset=").append(next).append('.');
                }
            }
        }
        if (!result.path("scanComplete").asBoolean(true)) {
            text.append(" Only the first ").append(result.path("scannedProjects").asInt())
                    .append(" projects were searched (hexgate's limit for one search), so matches may be missing.");
        }
        return text.toString();
    }
}
