package dev.hexgate.hexapi.operations.collections;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code update_hex_collection} → {@code PATCH /v1/collections/{collectionId}} with
 * {@code {name?, description?, sharing?: {upsert: {users?, groups?, workspace?}}}}: only what is given changes.
 */
@Component
public class UpdateCollectionOperation extends RestOperation {

    public UpdateCollectionOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "update_hex_collection";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        Arguments.copy(arguments, "name", body, "name");
        Arguments.copy(arguments, "description", body, "description");
        ObjectNode sharing = CollectionSharing.of(arguments);
        if (sharing != null) {
            ObjectNode upsert = Arguments.object();
            upsert.set("upsert", sharing);
            body.set("sharing", upsert);
        }
        return HexRequest.get("/collections/{collectionId}", Arguments.text(arguments, "collection_id"))
                .withBody(HttpMethod.PATCH, body);
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return Arguments.target("collection", arguments, "collection_id");
    }
}
