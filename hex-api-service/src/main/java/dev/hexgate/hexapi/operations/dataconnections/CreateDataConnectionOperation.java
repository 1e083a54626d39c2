package dev.hexgate.hexapi.operations.dataconnections;

import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexapi.secrets.CommandSecrets;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code create_hex_data_connection} → {@code POST /v1/data-connections} with
 * {@code {name, type, connectionDetails: {<type>: {…}}, …}} (201); the answer comes back with secrets redacted.
 */
@Component
public class CreateDataConnectionOperation extends ConnectionOperation {

    public CreateDataConnectionOperation(HexRestClient hex, CommandSecrets secrets) {
        super(hex, secrets);
    }

    @Override
    public String name() {
        return "create_hex_data_connection";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        settings(arguments, body);
        Arguments.copy(arguments, "connection_type", body, "type");
        return HexRequest.get("/data-connections").withBody(HttpMethod.POST, body);
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return "a new " + Arguments.text(arguments, "connection_type") + " data connection named \""
                + Arguments.text(arguments, "name") + "\"";
    }
}
