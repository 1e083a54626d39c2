package dev.hexgate.hexapi.operations.projects;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexclient.projects.ListProjectsQuery;
import dev.hexgate.hexclient.policy.HexCallPolicy;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code list_hex_projects} → {@code GET /v1/projects}. */
@Component
public class ListProjectsOperation implements HexOperation {

    private final HexRestClient hex;
    private final HexCallPolicy policy;

    public ListProjectsOperation(HexRestClient hex, HexCallPolicy policy) {
        this.hex = hex;
        this.policy = policy;
    }

    @Override
    public String name() {
        return "list_hex_projects";
    }

    @Override
    public String target(JsonNode arguments) {
        return arguments.hasNonNull("collection_id")
                ? "the projects of collection " + arguments.get("collection_id").asString() : "the project list";
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        ListProjectsQuery query = new ListProjectsQuery(
                integer(arguments, "limit"),
                text(arguments, "after"),
                text(arguments, "before"),
                bool(arguments, "include_archived"),
                bool(arguments, "include_components"),
                bool(arguments, "include_trashed"),
                bool(arguments, "include_sharing"),
                texts(arguments, "statuses"),
                texts(arguments, "categories"),
                text(arguments, "creator_email"),
                text(arguments, "owner_email"),
                text(arguments, "collection_id"),
                text(arguments, "sort_by"),
                text(arguments, "sort_direction"));
        // A read: under the service's call policy (per-token limit, retried on 429/5xx), like every RestOperation.
        return policy.call(token, HexRequest.get("/projects"), () -> hex.listProjects(token, query)).map(page -> new HexResult(EventCodec.toTree(page), 200));
    }

    private static Integer integer(JsonNode args, String name) {
        return args.hasNonNull(name) ? args.get(name).asInt() : null;
    }

    private static Boolean bool(JsonNode args, String name) {
        return args.hasNonNull(name) ? args.get(name).asBoolean() : null;
    }

    private static String text(JsonNode args, String name) {
        return args.hasNonNull(name) ? args.get(name).asString() : null;
    }

    private static List<String> texts(JsonNode args, String name) {
        if (!args.hasNonNull(name)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        args.get(name).forEach(v -> values.add(v.asString()));
        return values;
    }
}
