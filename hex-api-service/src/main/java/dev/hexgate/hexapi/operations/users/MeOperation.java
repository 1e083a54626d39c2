package dev.hexgate.hexapi.operations.users;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code get_hex_me} → Me, {@code GET /v1/users/me}: who the Hex credential in use acts as. A personal token answers
 * the user plus {@code org} and {@code token}; a workspace token acts for no particular user and answers only
 * {@code {org, token}}. Both come back as Hex sent them.
 */
@Component
public class MeOperation extends RestOperation {

    public MeOperation(HexRestClient hex) {
        super(hex);
    }

    @Override
    public String name() {
        return "get_hex_me";
    }

    @Override
    public String target(JsonNode arguments) {
        return "its own user details";
    }

    @Override
    protected HexRequest request(JsonNode arguments) {
        return HexRequest.get("/users/me");
    }
}
