package dev.hexgate.hexapi.operations.sharing;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexapi.operations.directory.Arguments;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project sharing tools: one {@code PATCH /v1/projects/{projectId}/sharing/<audience>} each. Hex answers 200
 * with {@code {project, errors?}} even when some entries failed (unknown ids, refused levels); the failures stay in
 * the result as {@code errors} (always present, empty when all applied) for the gateway to put in its summary.
 */
abstract class ProjectSharingOperation extends RestOperation {

    private final String audience;

    ProjectSharingOperation(HexRestClient hex, String audience) {
        super(hex);
        this.audience = audience;
    }

    /** Hex's {@code sharing} object for these arguments. */
    protected abstract ObjectNode sharing(JsonNode arguments);

    @Override
    protected HexRequest request(JsonNode arguments) {
        ObjectNode body = Arguments.object();
        body.set("sharing", sharing(arguments));
        return HexRequest.get("/projects/{projectId}/sharing/" + audience, Arguments.text(arguments, "project_id"))
                .withBody(HttpMethod.PATCH, body);
    }

    @Override
    protected JsonNode result(JsonNode arguments, HexResponse response) {
        ObjectNode result = response.hasBody() && response.body().isObject()
                ? (ObjectNode) response.body().deepCopy() : Arguments.object();
        if (!result.path("errors").isArray()) {
            result.set("errors", Arguments.array());
        }
        return result;
    }

    @Override
    public boolean mutates() {
        return true;
    }

    @Override
    public String target(JsonNode arguments) {
        return Arguments.target("project", arguments, "project_id");
    }

    /**
     * {@code {"upsert": {"<list>": [{"<entity>": {"id": …}, "access": …}]}}} from the tool's
     * {@code [{"<entity>_id": …, "access": …}]}.
     */
    static ObjectNode upsert(JsonNode permissions, String list, String entity) {
        var entries = Arguments.array();
        for (JsonNode permission : permissions) {
            ObjectNode entry = Arguments.object();
            entry.set(entity, Arguments.object().put("id", permission.path(entity + "_id").asString()));
            entry.put("access", permission.path("access").asString());
            entries.add(entry);
        }
        ObjectNode upsert = Arguments.object();
        upsert.set(list, entries);
        ObjectNode sharing = Arguments.object();
        sharing.set("upsert", upsert);
        return sharing;
    }
}
