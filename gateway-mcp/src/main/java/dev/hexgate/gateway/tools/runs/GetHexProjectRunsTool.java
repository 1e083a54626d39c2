package dev.hexgate.gateway.tools.runs;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_project_runs}: one page of a project's run history, paged by offset as Hex pages it. */
@Component
public class GetHexProjectRunsTool implements HexTool {

    private static final int SHOWN = 10;

    @Override
    public String name() {
        return "get_hex_project_runs";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        JsonNode runs = result.path("runs");
        StringBuilder text = new StringBuilder().append(runs.size()).append(runs.size() == 1 ? " run" : " runs");
        for (int i = 0; i < Math.min(runs.size(), SHOWN); i++) {
            JsonNode run = runs.get(i);
            text.append(i == 0 ? ": " : "; ").append(run.path("runId").asString()).append(' ')
                    .append(run.path("status").asString()).append(" (").append(run.path("runTrigger").asString());
            String when = run.hasNonNull("startTime") ? run.get("startTime").asString()
                    : run.hasNonNull("endTime") ? run.get("endTime").asString() : null;
            if (when != null) {
                text.append(", ").append(when);
            }
            text.append(')');
        }
        if (runs.size() > SHOWN) {
            text.append("; and ").append(runs.size() - SHOWN).append(" more");
        }
        if (result.hasNonNull("nextPage")) {
            int next = arguments.path("offset").asInt(0) + runs.size();
            text.append(". More: call again with offset=").append(next).append('.');
        } else {
            text.append(". This is the last page.");
        }
        return text.toString();
    }
}
