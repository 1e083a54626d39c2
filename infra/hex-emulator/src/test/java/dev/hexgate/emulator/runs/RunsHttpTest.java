package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.timing.Timings;
import dev.hexgate.emulator.workspace.Project;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Helpers for the run routes. Timings changed by a test are put back afterwards; runs created by tests stay (they
 * do not disturb other tests, which never assume a project's history is exactly the seed).
 */
abstract class RunsHttpTest extends EmulatorHttpTest {

    @Autowired
    protected Timings timings;

    private Timings.Settings before;

    /** Makes new runs stay PENDING for {@code pending} and RUNNING for {@code running}; undone after the test. */
    protected void runTimings(Duration pending, Duration running) {
        if (before == null) {
            before = timings.current();
        }
        Timings.Settings now = timings.current();
        timings.set(new Timings.Settings(pending, running, now.threadRunning(), now.threadWaitTime()));
    }

    @AfterEach
    void restoreTimings() {
        if (before != null) {
            timings.set(before);
            before = null;
        }
    }

    protected Project project(String title) {
        return workspace.projectByTitle(title).orElseThrow();
    }

    protected static String runsPath(UUID projectId) {
        return PROJECTS + "/" + projectId + "/runs";
    }

    /** POSTs a run request with the workspace token; {@code json} null sends no body at all. */
    protected WebTestClient.ResponseSpec startRun(String path, String json) {
        return startRun(path, json, workspace.workspaceToken().token());
    }

    protected WebTestClient.ResponseSpec startRun(String path, String json, String token) {
        WebTestClient.RequestBodySpec request = client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    /** Starts a run that must be accepted; returns the 201 body. */
    protected JsonNode started(UUID projectId, String json) {
        return body(startRun(runsPath(projectId), json).expectStatus().isCreated());
    }

    protected WebTestClient.ResponseSpec cancel(String path) {
        return client.delete().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + workspace.workspaceToken().token())
                .exchange();
    }

    /**
     * GETs a link the emulator handed out (nextPage, runStatusUrl). Its host is the configured public URL, not the
     * test server's random port, so only its path and query are used.
     */
    protected JsonNode follow(String absoluteUrl) {
        URI url = URI.create(absoluteUrl);
        assertThat(url.isAbsolute()).as("absolute URL: %s", absoluteUrl).isTrue();
        String pathAndQuery = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return body(client.get().uri(URI.create(pathAndQuery).toString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + workspace.workspaceToken().token())
                .exchange().expectStatus().isOk());
    }

    protected String statusOf(UUID projectId, String runId) {
        return getOk(runsPath(projectId) + "/" + runId).get("status").asString();
    }

    protected static JsonNode body(WebTestClient.ResponseSpec response) {
        JsonNode body = response.expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    /** A tsoa error: a reason, the request's trace id, nothing else but optional details. */
    protected static JsonNode assertTsoa(WebTestClient.ResponseSpec response, String reasonFragment) {
        JsonNode body = body(response);
        assertThat(body.get("reason").asString()).containsIgnoringCase(reasonFragment);
        assertThat(body.get("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(body.propertyNames()).isSubsetOf("reason", "details", "traceId");
        return body;
    }
}
