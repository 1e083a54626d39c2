package dev.hexgate.hexapi.operations.dataconnections;

import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexapi.secrets.CommandSecrets;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_data_connection} → {@code PATCH /v1/data-connections/{dataConnectionId}} (Hex answers 201);
 * only what is given changes. {@code schema_refresh_schedule: null} clears the schedule.
 */
@Component
public class UpdateDataConnectionOperation extends ConnectionOperation {

    public UpdateDataConnectionOperation(HexRestClient hex, CommandSecrets secrets) {
        super(hex, secrets);
    }

    @Override
    public String name() {
        return "update_hex_data_connection";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        settings(arguments, body);
        if (arguments.has("schema_refresh_schedule") && arguments.get("schema_refresh_schedule").isNull()) {
            body.set("schemaRefreshSchedule", NullNode.getInstance());
        }
        return HexRequest.get("/data-connections/{dataConnectionId}", Arguments.text(arguments, "connection_id"))
                .withBody(HttpMethod.PATCH, body);
    }

    @Override
    public boolean mutates() {
        return true;
    }
}
