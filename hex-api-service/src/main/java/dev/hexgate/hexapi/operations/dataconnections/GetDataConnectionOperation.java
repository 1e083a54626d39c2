package dev.hexgate.hexapi.operations.dataconnections;

import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexapi.secrets.CommandSecrets;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_data_connection} → {@code GET /v1/data-connections/{dataConnectionId}}, secrets redacted. */
@Component
public class GetDataConnectionOperation extends ConnectionOperation {

    public GetDataConnectionOperation(HexRestClient hex, CommandSecrets secrets) {
        super(hex, secrets);
    }

    @Override
    public String name() {
        return "get_hex_data_connection";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/data-connections/{dataConnectionId}", Arguments.text(arguments, "connection_id"));
    }
}
