package dev.hexgate.gateway.tools.sharing;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_project_workspace_sharing}: the workspace's and the public web's access to one project. */
@Component
public class UpdateHexProjectWorkspaceSharingTool implements HexTool {

    @Override
    public String name() {
        return "update_hex_project_workspace_sharing";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return DirectoryText.requireChange(arguments, "workspace_access", "public_access");
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        int requested = (arguments.hasNonNull("workspace_access") ? 1 : 0) + (arguments.hasNonNull("public_access") ? 1 : 0);
        JsonNode sharing = result.path("project").path("sharing");
        String now = "Now: workspace " + sharing.path("workspace").path("access").asString("unknown")
                + ", public web " + sharing.path("publicWeb").path("access").asString("unknown") + ".";
        return ProjectSharingSummary.summarize(result, null, requested, "workspace and public access", now);
    }
}
