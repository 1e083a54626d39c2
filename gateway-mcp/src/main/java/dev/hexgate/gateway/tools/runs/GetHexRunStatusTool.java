package dev.hexgate.gateway.tools.runs;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_run_status}: one run's current status. */
@Component
public class GetHexRunStatusTool implements HexTool {

    @Override
    public String name() {
        return "get_hex_run_status";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode status) {
        String text = RunOptions.describe(status) + ".";
        if (!RunOptions.isTerminal(status.path("status").asString())) {
            return text + " Still in progress; wait_for_hex_run waits for it to finish.";
        }
        return text + " Results: " + status.path("runUrl").asString();
    }
}
