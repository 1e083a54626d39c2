package dev.hexgate.hexapi.operations.collections;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_collections} → {@code GET /v1/collections} (cursor paging, sorted by name). */
@Component
public class ListCollectionsOperation extends RestOperation {

    public ListCollectionsOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "list_hex_collections";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/collections").withQuery(Arguments.pageQuery(arguments));
    }

    @Override
    public String target(JsonNode arguments) {
        return "the collection list";
    }
}
