package dev.hexgate.gateway.tools.dataconnections;

import dev.hexgate.gateway.tools.HexTool;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_data_connection}: one connection's settings and sharing, secrets redacted. */
@Component
public class GetHexDataConnectionTool implements HexTool {

    @Override
    public String name() {
        return "get_hex_data_connection";
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "D" + ConnectionText.describe(result).substring(1);
    }
}
