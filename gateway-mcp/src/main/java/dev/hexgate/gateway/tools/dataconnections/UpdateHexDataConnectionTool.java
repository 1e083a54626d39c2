package dev.hexgate.gateway.tools.dataconnections;

import dev.hexgate.contracts.secrets.SealedArguments;
import dev.hexgate.gateway.secrets.CommandSecrets;
import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_data_connection}: change a connection; new secrets travel sealed for hex-api-service. */
@Component
public class UpdateHexDataConnectionTool implements HexTool {

    private final CommandSecrets secrets;

    public UpdateHexDataConnectionTool(CommandSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public String name() {
        return "update_hex_data_connection";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        return DirectoryText.requireChange(arguments, "name", "description", "connection_details", "connect_via_ssh",
                "include_magic", "allow_writeback_cells", "schema_filters", "schema_refresh_schedule",
                "schema_refresh_access", "sharing")
                .or(() -> secrets.problem(arguments, SealedArguments.CONNECTION_SECRETS));
    }

    @Override
    public JsonNode commandArguments(JsonNode arguments) {
        return secrets.seal(arguments, SealedArguments.CONNECTION_SECRETS, name());
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        return "Updated " + ConnectionText.describe(result);
    }
}
