package dev.hexgate.hexclient.rest;

import tools.jackson.databind.JsonNode;

/**
 * A successful Hex answer: its status and JSON body with Hex's field names, or a null body for an empty answer
 * (CancelRun and DeleteGroup answer 204 with no body, which is success, not an error).
 */
public record HexResponse(int status, JsonNode body) {

    public boolean hasBody() {
        return body != null && !body.isMissingNode() && !body.isNull();
    }
}
