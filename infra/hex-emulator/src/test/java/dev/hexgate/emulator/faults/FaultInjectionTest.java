package dev.hexgate.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.web.TraceIdFilter;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.TokenKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Fault rules set through {@code /_emulator/faults} and what a client sees over real HTTP. Rules are scoped to one
 * personal token where the test allows, and all rules are removed after each test.
 */
class FaultInjectionTest extends EmulatorHttpTest {

    @Autowired
    FaultRules rules;

    @LocalServerPort
    int port;

    private String token;
    private String otherToken;
    private String projectPath;

    @BeforeEach
    void pickCaller() {
        List<ApiToken> personal = workspace.tokens().stream().filter(t -> t.kind() == TokenKind.PERSONAL).toList();
        token = personal.get(3).token();
        otherToken = personal.get(0).token();
        projectPath = PROJECTS + "/" + workspace.projects().get(1).id();
    }

    @AfterEach
    void removeRules() {
        rules.reset();
    }

    @Test
    void aStatusFaultOnGetProjectAnswersInTheNewErrorShape() {
        addFault("{\"operationId\": \"GetProject\", \"status\": 503, \"token\": \"" + token + "\"}");

        call(projectPath, token).expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().json("{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"Service Unavailable\","
                        + "\"issues\":[]}", true);
        call(PROJECTS, token).expectStatus().isOk();
        call(projectPath, otherToken).expectStatus().isOk();
    }

    @Test
    void aStatusFaultOnATsoaRouteAnswersInTheTsoaShapeWithItsMessage() {
        addFault("{\"operationId\": \"ListProjects\", \"status\": 422, \"message\": \"Project is not published\","
                + " \"token\": \"" + token + "\"}");

        EntityExchangeResult<JsonNode> result = call(PROJECTS, token).expectStatus().isEqualTo(422)
                .expectBody(JsonNode.class).returnResult();
        JsonNode body = result.getResponseBody();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("reason", "traceId");
        assertThat(body.get("reason").asString()).isEqualTo("Project is not published");
        assertThat(body.get("traceId").asString())
                .isEqualTo(result.getResponseHeaders().getFirst(TraceIdFilter.HEADER));
    }

    @Test
    void aTooManyRequestsFaultCarriesRetryAfter() {
        addFault("{\"operationId\": \"GetProject\", \"status\": 429, \"retryAfter\": 42, \"token\": \"" + token + "\"}");

        call(projectPath, token).expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "42")
                .expectBody().json("{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"Too many requests\","
                        + "\"issues\":[]}", true);
        addFault("{\"operationId\": \"ListProjects\", \"status\": 429, \"token\": \"" + token + "\"}");
        call(PROJECTS, token).expectStatus().isEqualTo(429)
                .expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.reason").isEqualTo("Too many requests");
    }

    @Test
    void aLatencyFaultDelaysTheAnswerAndThenTheRouteRuns() {
        Duration delay = Duration.ofMillis(400);
        addFault("{\"operationId\": \"ListProjects\", \"delay\": \"400ms\", \"token\": \"" + token + "\"}");

        long started = System.nanoTime();
        call(PROJECTS, token).expectStatus().isOk().expectBody().jsonPath("$.values").isArray();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void aLatencyRuleAndAStatusRuleBothApplyInOrder() {
        String slow = addFault("{\"path\": \"/api/v1/projects/**\", \"delay\": \"300ms\", \"token\": \"" + token
                + "\"}").get("id").asString();
        String failing = addFault("{\"operationId\": \"GetProject\", \"status\": 500, \"token\": \"" + token + "\"}")
                .get("id").asString();

        long started = System.nanoTime();
        call(projectPath, token).expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.code").isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        assertThat(faults()).extracting(f -> f.get("id").asString() + "=" + f.get("applied").asInt())
                .containsExactly(slow + "=1", failing + "=1");
    }

    @Test
    void anAnswerDelayRunsTheRouteAtOnceAndHoldsOnlyItsAnswer() throws Exception {
        addFault("{\"operationId\": \"CreateGroup\", \"answerDelay\": \"3s\", \"times\": 1, \"token\": \""
                + token + "\"}");
        String lost = "answer-lost-" + System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();

        // The client gives up before the held answer comes: the group exists all the same.
        assertThatThrownBy(() -> http.send(createGroup(lost, Duration.ofMillis(500)),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.net.http.HttpTimeoutException.class);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(groupNames()).contains(lost));

        // A client that waits gets the route's own answer, late.
        addFault("{\"operationId\": \"CreateGroup\", \"answerDelay\": \"400ms\", \"times\": 1, \"token\": \""
                + token + "\"}");
        long started = System.nanoTime();
        HttpResponse<String> late = http.send(createGroup("answer-late-" + System.nanoTime(), Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(late.statusCode()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    private HttpRequest createGroup(String name, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/groups"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}"))
                .timeout(timeout)
                .build();
    }

    private List<String> groupNames() {
        JsonNode page = call("/api/v1/groups?limit=100", otherToken).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> names = new ArrayList<>();
        page.get("values").forEach(g -> names.add(g.get("name").asString()));
        return names;
    }

    @Test
    void aDroppedConnectionGivesTheClientAnIoErrorAndNoResponse() {
        addFault("{\"operationId\": \"GetProject\", \"drop\": true, \"token\": \"" + token + "\"}");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + projectPath))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .build();

        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(java.net.http.HttpTimeoutException.class);

        call(projectPath, otherToken).expectStatus().isOk();
    }

    @Test
    void anErrorRateWithASeedFailsTheSameRequestsEveryTime() {
        String rule = "{\"operationId\": \"ListProjects\", \"status\": 503, \"probability\": 0.4, \"seed\": 7,"
                + " \"token\": \"" + token + "\"}";
        Random expected = new Random(7);
        List<Integer> predicted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            predicted.add(expected.nextDouble() < 0.4 ? 503 : 200);
        }

        addFault(rule);
        List<Integer> first = statuses(20);
        client.delete().uri("/_emulator/faults").exchange().expectStatus().isNoContent();
        addFault(rule);
        List<Integer> second = statuses(20);

        assertThat(first).isEqualTo(predicted).contains(200, 503);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aRuleWithTimesExpiresAfterThatManyFirings() {
        addFault("{\"operationId\": \"ListProjects\", \"status\": 500, \"times\": 2, \"token\": \"" + token + "\"}");

        assertThat(statuses(4)).containsExactly(500, 500, 200, 200);
        JsonNode spent = faults().get(0);
        assertThat(spent.get("applied").asInt()).isEqualTo(2);
        assertThat(spent.get("remaining").asInt()).isEqualTo(0);
    }

    @Test
    void pathRulesMatchByMethodAndAntPattern() {
        addFault("{\"method\": \"post\", \"path\": \"/api/v1/projects/**\", \"status\": 500, \"token\": \"" + token
                + "\"}");
        call(projectPath, token).expectStatus().isOk();

        addFault("{\"method\": \"GET\", \"path\": \"/api/v1/projects/*\", \"status\": 502, \"token\": \"" + token
                + "\"}");
        call(projectPath, token).expectStatus().isEqualTo(502);
        call(PROJECTS, token).expectStatus().isOk();
        assertThat(faults().get(0).get("method").asString()).isEqualTo("POST");
    }

    @Test
    void rulesAreListedInOrderWithDefaultsAndCanBeRemovedOneByOne() {
        JsonNode added = addFault("{\"operationId\": \"ListProjects\", \"delay\": \"PT0.25S\", \"probability\": 0.5}");
        addFault("{\"operationId\": \"GetProject\", \"status\": 404}");

        assertThat(added.toString()).isEqualTo("{\"id\":\"" + added.get("id").asString() + "\","
                + "\"operationId\":\"ListProjects\",\"delay\":\"250ms\",\"probability\":0.5,\"seed\":0,"
                + "\"applied\":0}");
        assertThat(faults()).extracting(f -> f.has("status") ? f.get("status").asInt() : 0).containsExactly(0, 404);

        client.delete().uri("/_emulator/faults/" + added.get("id").asString()).exchange()
                .expectStatus().isNoContent();
        assertThat(faults()).hasSize(1);
        client.delete().uri("/_emulator/faults/" + added.get("id").asString()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.message").isEqualTo("No fault rule '" + added.get("id").asString() + "'");
    }

    @Test
    void unauthenticatedRequestsAreNeverFaulted() {
        addFault("{\"path\": \"/api/**\", \"status\": 500}");

        client.get().uri(PROJECTS).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void badRulesAreRejectedWithAMessage() {
        assertBadRule("{\"operationId\": \"GetProjekt\", \"status\": 500}", "Unknown operationId 'GetProjekt'");
        assertBadRule("{\"operationId\": \"GetProject\", \"path\": \"/api/**\", \"status\": 500}",
                "exactly one of 'operationId' or 'path'");
        assertBadRule("{\"status\": 500}", "exactly one of 'operationId' or 'path'");
        assertBadRule("{\"operationId\": \"GetProject\", \"method\": \"GET\", \"status\": 500}",
                "'method' only goes with 'path'");
        assertBadRule("{\"path\": \"/v1/projects\", \"status\": 500}", "must start with /api/");
        assertBadRule("{\"path\": \"/api/**\", \"method\": \"FETCH\", \"status\": 500}", "'method' must be one of");
        assertBadRule("{\"operationId\": \"GetProject\"}", "needs an effect");
        assertBadRule("{\"operationId\": \"GetProject\", \"status\": 200}", "4xx or 5xx");
        assertBadRule("{\"operationId\": \"GetProject\", \"status\": 499}", "4xx or 5xx");
        assertBadRule("{\"operationId\": \"GetProject\", \"drop\": true, \"status\": 500}", "'drop' sends no response");
        assertBadRule("{\"operationId\": \"GetProject\", \"delay\": \"1s\", \"retryAfter\": 5}", "need a 'status'");
        assertBadRule("{\"operationId\": \"GetProject\", \"delay\": \"500\"}", "needs a unit");
        assertBadRule("{\"operationId\": \"GetProject\", \"delay\": \"soon\"}", "is not a duration");
        assertBadRule("{\"operationId\": \"GetProject\", \"delay\": 500}", "delay");
        assertBadRule("{\"operationId\": \"GetProject\", \"delay\": \"-1s\"}", "'delay' must not be negative");
        assertBadRule("{\"operationId\": \"GetProject\", \"answerDelay\": \"1s\", \"status\": 500}",
                "excludes 'status'");
        assertBadRule("{\"operationId\": \"GetProject\", \"status\": 500, \"probability\": 1.5}", "between 0 and 1");
        assertBadRule("{\"operationId\": \"GetProject\", \"status\": 500, \"times\": 0}", "at least 1");
        assertBadRule("{\"operationId\": \"GetProject\", \"status\": 500, \"token\": \"hxtp_nope\"}",
                "'token' is not one of the workspace's API tokens");
        assertBadRule("{\"operationId\": \"GetProject\", \"status\": 500, \"statsu\": 1}", "Unknown field 'statsu'");

        assertThat(faults()).isEmpty();
    }

    private void assertBadRule(String body, String messagePart) {
        JsonNode error = client.post().uri("/_emulator/faults").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(error.propertyNames()).as(body).containsExactly("message");
        assertThat(error.get("message").asString()).as(body).contains(messagePart);
    }

    private JsonNode addFault(String body) {
        EntityExchangeResult<JsonNode> result = client.post().uri("/_emulator/faults")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult();
        JsonNode added = result.getResponseBody();
        assertThat(result.getResponseHeaders().getLocation())
                .hasToString("/_emulator/faults/" + added.get("id").asString());
        return added;
    }

    private List<JsonNode> faults() {
        JsonNode body = client.get().uri("/_emulator/faults").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> list = new ArrayList<>();
        body.get("faults").forEach(list::add);
        return list;
    }

    private List<Integer> statuses(int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(call(PROJECTS, token).returnResult(Void.class).getStatus().value());
        }
        return statuses;
    }

    private WebTestClient.ResponseSpec call(String path, String bearer) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer).exchange();
    }
}
