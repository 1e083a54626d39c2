package dev.hexgate.gateway.tools.runs;

import dev.hexgate.gateway.tools.HexTool;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code run_hex_project}: starts a run of a project's published version and answers at once. */
@Component
public class RunHexProjectTool implements HexTool {

    @Override
    public String name() {
        return "run_hex_project";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return RunOptions.check(arguments);
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        String runId = result.path("runId").asString();
        StringBuilder text = new StringBuilder();
        if (arguments.path("dry_run").asBoolean(false)) {
            text.append("Dry run: Hex accepted the request for project ").append(result.path("projectId").asString())
                    .append(" and ran nothing.");
            return text.toString();
        }
        text.append(result.path("recovered").asBoolean(false) ? "Found run " : "Started run ").append(runId)
                .append(" of project ").append(result.path("projectId").asString());
        if (result.has("projectVersion")) {
            text.append(" (published version ").append(result.path("projectVersion").asInt()).append(')');
        }
        text.append(". Results will be at ").append(result.path("runUrl").asString())
                .append(". Check it with get_hex_run_status or wait_for_hex_run (run_id \"").append(runId)
                .append("\").");
        return text.toString();
    }
}
