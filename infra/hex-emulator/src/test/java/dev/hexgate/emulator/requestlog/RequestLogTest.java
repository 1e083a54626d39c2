package dev.hexgate.emulator.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.faults.FaultRules;
import dev.hexgate.emulator.web.TraceIdFilter;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.TokenKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * What {@code GET /_emulator/requests} shows about requests just made over real HTTP. Other tests share the log,
 * so each test reads only entries since its own start, and only its own caller's.
 */
class RequestLogTest extends EmulatorHttpTest {

    @Autowired
    RequestLog log;

    @Autowired
    FaultRules faults;

    @LocalServerPort
    int port;

    private ApiToken caller;
    private String projectPath;
    private Instant start;

    @BeforeEach
    void pickCaller() {
        caller = workspace.tokens().stream().filter(t -> t.kind() == TokenKind.PERSONAL).toList().get(2);
        projectPath = PROJECTS + "/" + workspace.projects().get(2).id();
        // The log's clock has millisecond timestamps; step back one so "since" cannot miss the first request.
        start = Instant.now().minusMillis(1);
    }

    @AfterEach
    void removeFaults() {
        faults.reset();
    }

    @Test
    void recordsWhoCalledWhatAndTheAnswerButNeverTheToken() {
        String traceId = call(PROJECTS + "?limit=5&sortBy=CREATED_AT", caller.token())
                .expectStatus().isOk().returnResult(Void.class).getResponseHeaders().getFirst(TraceIdFilter.HEADER);
        call(projectPath, caller.token()).expectStatus().isOk();
        call(PROJECTS + "/not-a-uuid", caller.token()).expectStatus().isBadRequest();

        String raw = requestsBody("since", start.toString());
        assertThat(raw).doesNotContain(caller.token());
        workspace.tokens().forEach(t -> assertThat(raw).doesNotContain(t.token()));

        List<JsonNode> mine = mine(requests("since", start.toString()));
        assertThat(mine).extracting(r -> r.get("method").asString() + " " + r.get("path").asString() + " "
                        + r.get("status").asInt())
                .containsExactly("GET " + PROJECTS + "/not-a-uuid 400", "GET " + projectPath + " 200",
                        "GET " + PROJECTS + " 200");
        JsonNode list = mine.get(2);
        assertThat(list.get("query").asString()).isEqualTo("limit=5&sortBy=CREATED_AT");
        assertThat(list.get("operationId").asString()).isEqualTo("ListProjects");
        assertThat(list.get("user").asString()).isEqualTo(caller.user());
        assertThat(list.get("tokenKind").asString()).isEqualTo("personal");
        assertThat(list.get("traceId").asString()).isEqualTo(traceId);
        assertThat(list.get("durationMs").asLong()).isNotNegative();
        assertThat(Instant.parse(list.get("time").asString())).isAfterOrEqualTo(start.minusMillis(1));
        assertThat(list.has("faults")).isFalse();
        assertThat(mine.get(0).get("operationId").asString()).as("validation failures are matched too")
                .isEqualTo("GetProject");
    }

    @Test
    void recordsUnauthenticatedRequestsWithoutACaller() {
        client.get().uri(PROJECTS).header(HttpHeaders.AUTHORIZATION, "Bearer hxtp_not_a_real_token").exchange()
                .expectStatus().isUnauthorized();
        client.post().uri("/mcp").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();

        List<JsonNode> entries = requests("since", start.toString());
        JsonNode rest = entries.stream().filter(r -> r.get("path").asString().equals(PROJECTS)
                && r.get("status").asInt() == 401).findFirst().orElseThrow();
        assertThat(rest.has("user")).isFalse();
        assertThat(rest.has("tokenKind")).isFalse();
        assertThat(rest.has("operationId")).isFalse();
        assertThat(entries).anySatisfy(r -> {
            assertThat(r.get("method").asString()).isEqualTo("POST");
            assertThat(r.get("path").asString()).isEqualTo("/mcp");
            assertThat(r.get("status").asInt()).isEqualTo(401);
        });
        assertThat(requestsBody("since", start.toString())).doesNotContain("hxtp_not_a_real_token");
    }

    @Test
    void tokensInAQueryStringAreRedacted() {
        // A client that puts a token in a parameter by mistake: it matches no creator, so the list is empty.
        call(PROJECTS + "?creatorEmail=" + caller.token() + "&limit=1", caller.token()).expectStatus().isOk();

        JsonNode entry = mine(requests("since", start.toString())).get(0);
        assertThat(entry.get("query").asString()).isEqualTo("creatorEmail=[redacted]&limit=1");
    }

    @Test
    void recordsFaultsIncludingADroppedConnectionWithoutAStatus() {
        String id = client.post().uri("/_emulator/faults").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"operationId\": \"GetProject\", \"drop\": true, \"token\": \""
                        + caller.token() + "\"}")
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + projectPath))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token()).timeout(Duration.ofSeconds(10)).build();

        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);

        // The entry is written when the server has closed the socket, which can be just after the client noticed.
        JsonNode dropped = await().atMost(Duration.ofSeconds(5)).until(
                () -> mine(requests("operationId", "GetProject", "since", start.toString())).stream()
                        .filter(r -> r.has("faults")).findFirst(),
                Optional::isPresent).get();
        assertThat(dropped.get("status").isNull()).as("status of %s", dropped).isTrue();
        assertThat(dropped.get("faults").get(0).asString()).isEqualTo(id);
    }

    @Test
    void filtersByOperationPathPrefixSinceAndLimit() {
        for (int i = 0; i < 3; i++) {
            call(projectPath, caller.token()).expectStatus().isOk();
            call(PROJECTS, caller.token()).expectStatus().isOk();
        }

        assertThat(mine(requests("operationId", "GetProject", "since", start.toString())))
                .hasSize(3).allSatisfy(r -> assertThat(r.get("path").asString()).isEqualTo(projectPath));
        assertThat(mine(requests("path", PROJECTS + "/", "since", start.toString())))
                .hasSize(3).allSatisfy(r -> assertThat(r.get("operationId").asString()).isEqualTo("GetProject"));
        assertThat(requests("since", start.toString(), "limit", "2")).hasSize(2);
        assertThat(requests("since", Instant.now().plusSeconds(3600).toString())).isEmpty();
    }

    @Test
    void listsNewestFirst() {
        call(projectPath, caller.token()).expectStatus().isOk();
        call(PROJECTS, caller.token()).expectStatus().isOk();

        List<JsonNode> mine = mine(requests("since", start.toString()));
        assertThat(mine).extracting(r -> r.get("operationId").asString())
                .containsExactly("ListProjects", "GetProject");
        assertThat(Instant.parse(mine.get(0).get("time").asString()))
                .isAfterOrEqualTo(Instant.parse(mine.get(1).get("time").asString()));
    }

    @Test
    void badFiltersAreRejected() {
        assertBadFilter("since", "yesterday", "'since' must be an ISO-8601 instant");
        assertBadFilter("limit", "0", "'limit' must be an integer from 1 to " + log.capacity());
        assertBadFilter("limit", "ten", "'limit' must be an integer from 1 to " + log.capacity());
        assertBadFilter("limit", String.valueOf(log.capacity() + 1), "'limit' must be an integer");
    }

    @Test
    void deleteEmptiesTheLog() {
        call(PROJECTS, caller.token()).expectStatus().isOk();
        assertThat(requests()).isNotEmpty();

        client.delete().uri("/_emulator/requests").exchange().expectStatus().isNoContent();

        assertThat(requests()).isEmpty();
    }

    @Test
    void controlPlaneAndOtherPathsAreNotLogged() {
        client.get().uri("/_emulator/faults").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();

        assertThat(requests("since", start.toString()))
                .noneMatch(r -> r.get("path").asString().startsWith("/_emulator")
                        || r.get("path").asString().startsWith("/actuator"));
    }

    private void assertBadFilter(String name, String value, String messagePart) {
        client.get().uri(uri("/_emulator/requests", name, value)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.message").value(String.class, m -> assertThat(m).contains(messagePart));
    }

    private List<JsonNode> mine(List<JsonNode> entries) {
        return entries.stream().filter(r -> r.has("user") && r.get("user").asString().equals(caller.user())
                && r.get("tokenKind").asString().equals("personal")).toList();
    }

    private String requestsBody(String... params) {
        return client.get().uri(uri("/_emulator/requests", params)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private List<JsonNode> requests(String... params) {
        JsonNode body = client.get().uri(uri("/_emulator/requests", params)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body.propertyNames()).containsExactly("requests");
        List<JsonNode> entries = new ArrayList<>();
        body.get("requests").forEach(entries::add);
        return entries;
    }

    private WebTestClient.ResponseSpec call(String pathAndQuery, String bearer) {
        return client.get().uri(pathAndQuery).header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer).exchange();
    }
}
