package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.timing.Timings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Helpers for the REST threads tests. Threads run for zero time by default here (answers show as soon as the
 * warehouse has answered); a test that needs a RUNNING thread calls {@link #threadsRunFor(Duration)}. Timings are
 * put back after each test, since every test class shares one emulator.
 */
abstract class ThreadsHttpTest extends EmulatorHttpTest {

    protected static final String THREADS = "/api/v1/threads";
    protected static final String PRIYA = "priya.natarajan@fernbrook.example";
    protected static final String DANIEL = "daniel.reyes@fernbrook.example";
    protected static final String KENJI = "kenji.watanabe@fernbrook.example";
    protected static final String SIMPLE_SQL =
            "Run this SQL: SELECT customer_id, name FROM analytics.public.customers WHERE customer_id <= 2 "
                    + "ORDER BY customer_id;";

    @Autowired
    protected Timings timings;

    private Timings.Settings before;

    @BeforeEach
    void threadsAnswerAtOnce() {
        before = timings.current();
        threadsRunFor(Duration.ZERO);
    }

    @AfterEach
    void restoreTimings() {
        timings.set(before);
    }

    protected void threadsRunFor(Duration running) {
        Timings.Settings now = timings.current();
        timings.set(new Timings.Settings(now.runPending(), now.runRunning(), running, now.threadWaitTime()));
    }

    protected String tokenOf(String email) {
        return workspace.personalToken(email).orElseThrow().token();
    }

    protected String userIdOf(String email) {
        return workspace.userByEmail(email).orElseThrow().id().toString();
    }

    protected WebTestClient.ResponseSpec postAs(String token, String path, String json) {
        return client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    protected WebTestClient.ResponseSpec getAs(String token, String path, String... params) {
        return client.get().uri(uri(path, params))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    protected JsonNode okBody(WebTestClient.ResponseSpec response) {
        JsonNode body = response.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    /** Creates a thread through CreateThread and returns its id. */
    protected String createThread(String token, String prompt) {
        String json = toJson(Map.of("prompt", prompt));
        return okBody(postAs(token, THREADS, json)).get("threadId").asString();
    }

    protected JsonNode getThread(String token, String id) {
        return okBody(getAs(token, THREADS + "/" + id));
    }

    /** Polls GetThread until the thread has left RUNNING; returns the final body. */
    protected JsonNode awaitFinished(String token, String id) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> getThread(token, id), body -> !"RUNNING".equals(body.get("status").asString()));
    }

    protected static String toJson(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    protected static void assertNewStyleError(JsonNode body, String code, String message) {
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("code", "message", "issues");
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("message").asString()).isEqualTo(message);
    }

    protected static JsonNode errorBody(WebTestClient.ResponseSpec response, int status) {
        JsonNode body = response.expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    protected static String firstIssue(JsonNode error) {
        return error.at("/issues/0/message").asString();
    }

    /**
     * A request turned away by request validation (the description in {@code openapi/threads.yaml}): 400 in Hex's
     * newer shape, with an issue that names the offending input.
     */
    protected static void assertRejectedNaming(WebTestClient.ResponseSpec response, String input) {
        JsonNode error = errorBody(response, 400);
        assertNewStyleError(error, "BAD_REQUEST", "Invalid input data");
        assertThat(error.get("issues").size()).as("issues of %s", error).isEqualTo(1);
        assertThat(firstIssue(error)).as("issue of %s", error).contains(input);
    }
}
