package dev.hexgate.hexapi.operations.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.hexapi.operations.HexOperation.HexResult;
import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search walk over a scripted ListProjects (cursor paging as Hex does it), so that page size and page cap can
 * be small. The walk against the real emulator is covered end to end by {@code ContentToolsE2ETest}.
 */
class SearchProjectsOperationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final JsonMapper json = JsonMapper.builder().build();
    private final ScriptedProjects hex = new ScriptedProjects(23);

    @Test
    void walksEveryPageAndWindowsTheMatches() {
        SearchProjectsOperation search = new SearchProjectsOperation(hex, 5, 50);
        // Titles "Project 0".."Project 22"; descriptions say "even" or "odd".
        JsonNode all = run(search, Map.of("search_pattern", "EVEN", "limit", 100));
        assertThat(all.get("scanComplete").asBoolean()).isTrue();
        assertThat(all.get("scannedProjects").asInt()).isEqualTo(23);
        assertThat(all.get("total").asInt()).isEqualTo(12);
        assertThat(titles(all)).startsWith("Project 0", "Project 2").endsWith("Project 22");
        assertThat(hex.requests).hasSize(5).allSatisfy(r -> {
            assertThat(r.method().name()).isEqualTo("GET");
            assertThat(r.pathTemplate()).isEqualTo("/projects");
            assertThat(r.query().get("limit")).containsExactly("5");
        });
        assertThat(hex.requests.get(0).query()).doesNotContainKey("after");
        assertThat(hex.requests.get(1).query().get("after")).containsExactly("cursor-5");

        JsonNode window = run(search, Map.of("search_pattern", "even", "limit", 4, "offset", 7));
        assertThat(window.get("total").asInt()).isEqualTo(12);
        assertThat(window.get("limit").asInt()).isEqualTo(4);
        assertThat(window.get("offset").asInt()).isEqualTo(7);
        assertThat(titles(window)).containsExactly("Project 14", "Project 16", "Project 18", "Project 20");

        JsonNode pastTheEnd = run(search, Map.of("search_pattern", "even", "offset", 1000));
        assertThat(pastTheEnd.get("values").size()).isZero();
        assertThat(pastTheEnd.get("total").asInt()).isEqualTo(12);
        assertThat(pastTheEnd.get("limit").asInt()).isEqualTo(25);
    }

    @Test
    void reportsAnIncompleteScanWhenThePageCapIsHit() {
        JsonNode capped = run(new SearchProjectsOperation(hex, 5, 2), Map.of("search_pattern", "project"));
        assertThat(capped.get("scanComplete").asBoolean()).isFalse();
        assertThat(capped.get("scannedProjects").asInt()).isEqualTo(10);
        assertThat(capped.get("total").asInt()).isEqualTo(10);
        assertThat(hex.requests).hasSize(2);
    }

    @Test
    void passesTheIncludeFlagsAndNothingElseToListProjects() {
        run(new SearchProjectsOperation(hex), Map.of("search_pattern", "x", "include_archived", true,
                "include_trashed", false, "limit", 3, "offset", 2, "regex", true));
        assertThat(hex.requests).singleElement().satisfies(r -> assertThat(r.query()).containsOnly(
                Map.entry("limit", List.of("100")), Map.entry("includeArchived", List.of("true")),
                Map.entry("includeTrashed", List.of("false"))));
    }

    private JsonNode run(SearchProjectsOperation search, Map<String, Object> arguments) {
        hex.requests.clear();
        HexResult result = search.execute(json.valueToTree(arguments), "hxtw_test").block(WAIT);
        assertThat(result.status()).isEqualTo(200);
        return result.body();
    }

    private static List<String> titles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.get("values").forEach(p -> titles.add(p.get("title").asString()));
        return titles;
    }

    /** ListProjects over {@code count} projects, paged by an {@code after} cursor as Hex pages. */
    private static final class ScriptedProjects extends HexRestClient {

        final List<HexRequest> requests = new ArrayList<>();
        private final int count;

        ScriptedProjects(int count) {
            super(new HexClientSettings(URI.create("http://localhost:1"), Duration.ofSeconds(1),
                    Duration.ofSeconds(1)));
            this.count = count;
        }

        @Override
        public Mono<HexResponse> send(String token, HexRequest request) {
            requests.add(request);
            int limit = Integer.parseInt(request.query().get("limit").get(0));
            List<String> after = request.query().get("after");
            int from = after == null ? 0 : Integer.parseInt(after.get(0).substring("cursor-".length()));
            int to = Math.min(count, from + limit);
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode page = f.objectNode();
            ArrayNode values = page.putArray("values");
            for (int i = from; i < to; i++) {
                values.addObject().put("id", "id-" + i).put("title", "Project " + i)
                        .put("description", i % 2 == 0 ? "an even one" : "an odd one");
            }
            ObjectNode pagination = page.putObject("pagination");
            if (to < count) {
                pagination.put("after", "cursor-" + to);
            } else {
                pagination.putNull("after");
            }
            if (from > 0) {
                pagination.put("before", "cursor-" + from);
            } else {
                pagination.putNull("before");
            }
            return Mono.just(new HexResponse(200, page));
        }
    }
}
