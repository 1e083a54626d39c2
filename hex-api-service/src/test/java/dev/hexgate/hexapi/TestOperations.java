package dev.hexgate.hexapi;

import dev.hexgate.hexapi.operations.RestOperation;
import dev.hexgate.hexclient.rest.HexRequest;
import dev.hexgate.hexclient.rest.HexResponse;
import dev.hexgate.hexclient.rest.HexRestClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operations that exist only in tests, registered into a service context by {@link #register}: a mutation with a
 * working {@code recover} (create a group, found again by its unique name), and two reads that go through
 * {@link RestOperation} and so through the service's retry and rate-limit rules.
 */
final class TestOperations {

    private TestOperations() {
    }

    static ApplicationContextInitializer<ConfigurableApplicationContext> register() {
        return context -> {
            GenericApplicationContext generic = (GenericApplicationContext) context;
            generic.registerBean(CreateGroup.class);
            generic.registerBean(GetProjectByRest.class);
            generic.registerBean(GetRunStatus.class);
            generic.registerBean(DryRun.class);
        };
    }

    /**
     * {@code test_create_group}: {@code POST /v1/groups {"name"}}. Other arguments are for the audit trail only
     * (never sent); the result gains an {@code accessToken} field so that scrubbing can be observed.
     */
    static final class CreateGroup extends RestOperation {

        CreateGroup(HexRestClient hex) {
            super(hex);
        }

        @Override
        public String name() {
            return "test_create_group";
        }

        @Override
        public boolean mutates() {
            return true;
        }

        @Override
        public String target(JsonNode arguments) {
            return "group " + arguments.path("name").asString();
        }

        @Override
        protected HexRequest request(JsonNode arguments) {
            ObjectNode body = JsonMapper.shared().createObjectNode().put("name", arguments.path("name").asString());
            return new HexRequest(HttpMethod.POST, "/groups", List.of(), Map.of(), body,
                    HexRequest.RateLimitGroup.HEX_API);
        }

        @Override
        protected JsonNode result(JsonNode arguments, HexResponse response) {
            ObjectNode result = (ObjectNode) response.body().deepCopy();
            if (arguments.path("leak_token").asBoolean(false)) {
                result.put("accessToken", "hxtp_leaked_by_a_careless_operation");
            }
            return result;
        }

        /** The group the interrupted attempt created, found by its (unique) name among the newest groups. */
        @Override
        public Mono<HexResult> recover(JsonNode arguments, String token, Instant attemptStartedAt) {
            String name = arguments.path("name").asString();
            return callHex(token, HexRequest.get("/groups").withQuery(Map.of("limit", List.of("100"))))
                    .flatMap(page -> {
                        for (JsonNode group : page.body().path("values")) {
                            if (name.equals(group.path("name").asString())) {
                                return Mono.just(new HexResult(group, 201));
                            }
                        }
                        return Mono.empty();
                    });
        }
    }

    /** {@code test_get_project}: {@code GET /v1/projects/{projectId}} through the retry rules. */
    static final class GetProjectByRest extends RestOperation {

        GetProjectByRest(HexRestClient hex) {
            super(hex);
        }

        @Override
        public String name() {
            return "test_get_project";
        }

        @Override
        protected HexRequest request(JsonNode arguments) {
            return HexRequest.get("/projects/{projectId}", arguments.path("project_id").asString());
        }
    }

    /** {@code test_get_run_status}: {@code GET /v1/projects/{projectId}/runs/{runId}}. */
    static final class GetRunStatus extends RestOperation {

        GetRunStatus(HexRestClient hex) {
            super(hex);
        }

        @Override
        public String name() {
            return "test_get_run_status";
        }

        @Override
        protected HexRequest request(JsonNode arguments) {
            return HexRequest.get("/projects/{projectId}/runs/{runId}", arguments.path("project_id").asString(),
                    arguments.path("run_id").asString());
        }
    }

    /** {@code test_dry_run}: RunProject with {@code dryRun}, in the RunProject rate-limit group. */
    static final class DryRun extends RestOperation {

        DryRun(HexRestClient hex) {
            super(hex);
        }

        @Override
        public String name() {
            return "test_dry_run";
        }

        @Override
        protected HexRequest request(JsonNode arguments) {
            return HexRequest.get("/projects/{projectId}/runs", arguments.path("project_id").asString())
                    .withBody(HttpMethod.POST, JsonMapper.shared().createObjectNode().put("dryRun", true))
                    .inGroup(HexRequest.RateLimitGroup.RUN_PROJECT);
        }
    }
}
