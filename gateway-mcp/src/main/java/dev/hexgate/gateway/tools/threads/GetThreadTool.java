package dev.hexgate.gateway.tools.threads;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_thread}: where one of the caller's Hex threads stands, and its answer once IDLE. */
@Component
public class GetThreadTool implements HexTool {

    @Override
    public String name() {
        return "get_thread";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return ThreadText.describe(result, "");
    }
}
