package dev.hexgate.hexapi.operations.projects;

import dev.hexgate.hexapi.operations.HexOperation;
import dev.hexgate.hexapi.operations.HexQuery;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.policy.HexCallPolicy;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code search_hex_projects}: Hex has no search endpoint, so this walks ListProjects ({@code GET /v1/projects},
 * {@value #PAGE_SIZE} per page, cursor {@code after} until it is null) and keeps the projects whose title or
 * description matches {@code search_pattern} (see {@link ProjectMatcher}). The walk stops after
 * {@value #MAX_PAGES} pages; the result then says {@code scanComplete: false}.
 *
 * <p>The result is ours, as Hex has none: {@code values} (Hex's project objects, in ListProjects' order, newest
 * first), {@code total} (all matches), {@code limit} and {@code offset} (the window of matches returned),
 * {@code scannedProjects} and {@code scanComplete}.
 */
@Component
public class SearchProjectsOperation implements HexOperation {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 50;
    static final int DEFAULT_LIMIT = 25;

    private final HexRestClient hex;
    private HexCallPolicy policy;
    private final int pageSize;
    private final int maxPages;

    @Autowired
    public SearchProjectsOperation(HexRestClient hex) {
        this(hex, PAGE_SIZE, MAX_PAGES);
    }

    /** Every page read goes under the service's call policy (per-token limit, retries), as RestOperations do. */
    @Autowired(required = false)
    void useCallPolicy(HexCallPolicy policy) {
        this.policy = policy;
    }

    SearchProjectsOperation(HexRestClient hex, int pageSize, int maxPages) {
        this.hex = hex;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    @Override
    public String name() {
        return "search_hex_projects";
    }

    @Override
    public String target(JsonNode arguments) {
        return "the project list";
    }

    @Override
    public Mono<HexResult> execute(JsonNode arguments, String token) {
        return Mono.defer(() -> {
            ProjectMatcher matcher = ProjectMatcher.of(arguments.path("search_pattern").asString(null),
                    arguments.path("regex").asBoolean(false));
            int limit = arguments.hasNonNull("limit") ? arguments.get("limit").asInt() : DEFAULT_LIMIT;
            int offset = arguments.hasNonNull("offset") ? arguments.get("offset").asInt() : 0;
            Scan scan = new Scan(matcher, limit, offset);
            return walk(arguments, token, scan, null).map(done -> new HexResult(done.result(), 200));
        });
    }

    private Mono<Scan> walk(JsonNode arguments, String token, Scan scan, String after) {
        return (policy == null ? hex.send(token, page(arguments, after)) : policy.send(token, page(arguments, after))).flatMap(response -> {
            String next = scan.take(response);
            if (next == null) {
                return Mono.just(scan.finished(true));
            }
            if (scan.pages >= maxPages) {
                return Mono.just(scan.finished(false));
            }
            return walk(arguments, token, scan, next);
        });
    }

    private HexRequest page(JsonNode arguments, String after) {
        return HexRequest.get("/projects").withQuery(HexQuery.from(arguments)
                .set("limit", Integer.toString(pageSize))
                .set("after", after)
                .put("include_archived", "includeArchived")
                .put("include_components", "includeComponents")
                .put("include_trashed", "includeTrashed")
                .build());
    }

    /** The walk so far: pages read, projects seen, matches counted, and the window of matches to return. */
    private static final class Scan {

        private final ProjectMatcher matcher;
        private final int limit;
        private final int offset;
        private final ArrayNode window = JsonNodeFactory.instance.arrayNode();
        private int pages;
        private int scanned;
        private int total;
        private boolean complete;

        Scan(ProjectMatcher matcher, int limit, int offset) {
            this.matcher = matcher;
            this.limit = limit;
            this.offset = offset;
        }

        /** Counts one page's matches; answers the cursor of the next page, or null on the last. */
        String take(HexResponse response) {
            pages++;
            JsonNode body = response.hasBody() ? response.body() : JsonNodeFactory.instance.objectNode();
            for (JsonNode project : body.path("values")) {
                scanned++;
                if (matcher.matches(project)) {
                    if (total >= offset && window.size() < limit) {
                        window.add(project);
                    }
                    total++;
                }
            }
            String after = body.path("pagination").path("after").asString(null);
            return after == null || after.isEmpty() ? null : after;
        }

        Scan finished(boolean wholeList) {
            this.complete = wholeList;
            return this;
        }

        ObjectNode result() {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.set("values", window);
            result.put("total", total);
            result.put("limit", limit);
            result.put("offset", offset);
            result.put("scannedProjects", scanned);
            result.put("scanComplete", complete);
            return result;
        }
    }
}
