package dev.hexgate.hexapi.operations.collections;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_collection} → {@code GET /v1/collections/{collectionId}}. */
@Component
public class GetCollectionOperation extends RestOperation {

    public GetCollectionOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_hex_collection";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/collections/{collectionId}", Arguments.text(arguments, "collection_id"));
    }

    @Override
    public String target(JsonNode arguments) {
        return Arguments.target("collection", arguments, "collection_id");
    }
}
