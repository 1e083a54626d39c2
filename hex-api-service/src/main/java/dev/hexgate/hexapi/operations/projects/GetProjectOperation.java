package dev.hexgate.hexapi.operations.projects;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexclient.policy.HexCallPolicy;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code get_hex_project} → {@code GET /v1/projects/{projectId}}. */
@Component
public class GetProjectOperation implements HexOperation {

    private final HexRestClient hex;
    private final HexCallPolicy policy;

    public GetProjectOperation(HexRestClient hex, HexCallPolicy policy) {
        this.hex = hex;
        this.policy = policy;
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
        // A read: under the service's call policy (per-token limit, retried on 429/5xx), like every RestOperation.
        return policy.call(token, HexRequest.get("/projects/{projectId}", projectId),
                        () -> hex.getProject(token, projectId, includeSharing))
                .map(project -> new HexResult(EventCodec.toTree(project), 200));
    }
}
