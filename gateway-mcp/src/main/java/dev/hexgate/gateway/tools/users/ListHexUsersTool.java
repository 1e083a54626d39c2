package dev.hexgate.gateway.tools.users;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.PageSummaries;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_users}: one page of the workspace's users (or a group's members), by Hex's cursors. */
@Component
public class ListHexUsersTool implements HexTool {

    @Override
    public String name() {
        return "list_hex_users";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return PageSummaries.oneCursorAtMost(arguments);
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        JsonNode values = result.path("values");
        StringBuilder text = new StringBuilder(PageSummaries.count(values.size(), "user", "users"));
        if (arguments.hasNonNull("group_id")) {
            text.append(" in group ").append(arguments.get("group_id").asString());
        }
        if (!values.isEmpty()) {
            text.append(": ");
            for (int i = 0; i < values.size(); i++) {
                JsonNode user = values.get(i);
                String name = user.path("name").asString(null);
                text.append(i == 0 ? "" : "; ").append(name == null ? "(no name)" : name)
                        .append(" <").append(user.path("email").asString()).append("> ")
                        .append(user.path("role").asString()).append(" (").append(user.path("id").asString())
                        .append(')');
            }
        }
        return text.append(". ").append(PageSummaries.nextPageHint(result)).toString();
    }
}
