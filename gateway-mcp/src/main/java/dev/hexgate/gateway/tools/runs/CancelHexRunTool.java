package dev.hexgate.gateway.tools.runs;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code cancel_hex_run}: cancels a run that has not finished. Hex's 204 is the success it is. */
@Component
public class CancelHexRunTool implements HexTool {

    @Override
    public String name() {
        return "cancel_hex_run";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Cancelled run " + result.path("runId").asString() + " of project "
                + result.path("projectId").asString() + "; its status is now KILLED.";
    }
}
