package dev.hexgate.hexapi.operations.collections;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code create_hex_collection} → {@code POST /v1/collections} with {@code {name, description?, sharing?}} (201). */
@Component
public class CreateCollectionOperation extends RestOperation {

    public CreateCollectionOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "create_hex_collection";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        Arguments.copy(arguments, "name", body, "name");
        Arguments.copy(arguments, "description", body, "description");
        ObjectNode sharing = CollectionSharing.of(arguments);
        if (sharing != null) {
            body.set("sharing", sharing);
        }
        return HexRequest.get("/collections").withBody(HttpMethod.POST, body);
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return "a new collection named \"" + Arguments.text(arguments, "name") + "\"";
    }
}
