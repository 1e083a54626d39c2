package dev.hexgate.gateway.tools.threads;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code create_thread}: asks Hex's agent in a new thread, with the caller's own Hex sign-in; answers at once. */
@Component
public class CreateThreadTool implements HexTool {

    @Override
    public String name() {
        return "create_thread";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return ThreadText.describe(result, "Started a new thread.");
    }
}
