package dev.hexgate.hexapi.operations.projects;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_project} → {@code GET /v1/projects/{projectId}}. */
@Component
public class GetProjectOperation implements HexOperation {

    private final HexRestClient hex;

    public GetProjectOperation(HexRestClient hex) {
        this.hex = hex;
    }

    @Override
    public String name() {
        return "get_hex_project";
    }

    @Override
    public String target(JsonNode arguments) {
        return "project " + arguments.path("project_id").asString();
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        String projectId = arguments.path("project_id").asString();
        boolean includeSharing = arguments.path("include_sharing").asBoolean(false);
        return hex.getProject(token, projectId, includeSharing)
                .map(project -> new HexResult(EventCodec.toTree(project), 200));
    }
}
