package dev.hexgate.gateway.tools.sharing;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_project_group_sharing}: group access to one project, up to 25 entries per call. */
@Component
public class UpdateHexProjectGroupSharingTool implements HexTool {

    @Override
    public String name() {
        return "update_hex_project_group_sharing";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return ProjectSharingSummary.summarize(result, "groupIds", arguments.path("group_permissions").size(), "group sharing",
                ProjectSharingSummary.now(result.path("project").path("sharing").path("groups"), "group", "name"));
    }
}
