package dev.hexgate.gateway.tools.dataconnections;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.gateway.secrets.CommandSecrets;
import dev.hexgate.gateway.tools.HexTool;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code create_hex_data_connection}: a new connection; its secrets travel sealed for hex-api-service. */
@Component
public class CreateHexDataConnectionTool implements HexTool {

    private final CommandSecrets secrets;

    public CreateHexDataConnectionTool(CommandSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public String name() {
        return "create_hex_data_connection";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        String type = arguments.path("connection_type").asString();
        JsonNode details = arguments.path("connection_details");
        if (!details.has(type)) {
            return Optional.of("argument 'connection_details': must hold the settings under \"" + type
                    + "\" (the connection_type), not under \"" + String.join("\", \"", details.propertyNames()) + "\"");
        }
        return secrets.problem(arguments, SealedArguments.CONNECTION_SECRETS);
    }

    @Override
    public JsonNode commandArguments(JsonNode arguments) {
        return secrets.seal(arguments, SealedArguments.CONNECTION_SECRETS, name());
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Created " + ConnectionText.describe(result);
    }
}
