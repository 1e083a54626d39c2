package dev.hexgate.gateway.tools.threads;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code continue_thread}: a follow-up in one of the caller's IDLE Hex threads; answers at once. */
@Component
public class ContinueThreadTool implements HexTool {

    @Override
    public String name() {
        return "continue_thread";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return ThreadText.describe(result, "Sent the follow-up.");
    }
}
