package dev.hexgate.gateway.tools.sharing;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_project_user_sharing}: user access to one project, up to 25 entries per call. */
@Component
public class UpdateHexProjectUserSharingTool implements HexTool {

    @Override
    public String name() {
        return "update_hex_project_user_sharing";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return ProjectSharingSummary.summarize(result, "userIds", arguments.path("user_permissions").size(), "user sharing",
                ProjectSharingSummary.now(result.path("project").path("sharing").path("users"), "user", "email"));
    }
}
