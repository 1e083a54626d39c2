package dev.hexgate.hexapi.operations.dataconnections;

import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexapi.secrets.CommandSecrets;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_data_connections} → {@code GET /v1/data-connections}: slim items {@code {id, name, type, description?}}. */
@Component
public class ListDataConnectionsOperation extends ConnectionOperation {

    public ListDataConnectionsOperation(HexRestClient hex, CommandSecrets secrets) {
        super(hex, secrets);
    }

    @Override
    public String name() {
        return "list_hex_data_connections";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/data-connections").withQuery(Arguments.pageQuery(arguments));
    }

    @Override
    public String target(JsonNode arguments) {
        return "the data connection list";
    }
}
