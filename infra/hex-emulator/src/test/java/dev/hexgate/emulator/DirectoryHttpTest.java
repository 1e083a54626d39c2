package dev.hexgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.User;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * {@link EmulatorHttpTest} plus what the directory tests (users, groups, collections, sharing, data connections)
 * need: JSON writes, other tokens, unique names, error-shape assertions and a seeded project to re-share that is
 * restored after each test, so no test leaves behind state other tests read.
 */
public abstract class DirectoryHttpTest extends EmulatorHttpTest {

    /** Archived and shared with two users only; the directory tests re-share it and restore it afterwards. */
    protected static final String BORROWED_PROJECT = "Legacy Revenue Report (v1)";

    @Autowired
    protected ProjectStore projectStore;

    private final List<Project> borrowed = new ArrayList<>();

    /** {@code method path} with a JSON body (null for none) and the workspace token. */
    protected WebTestClient.ResponseSpec send(HttpMethod method, String path, String json) {
        return send(method, path, json, workspace.workspaceToken().token());
    }

    protected WebTestClient.ResponseSpec send(HttpMethod method, String path, String json, String token) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return (json == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json)).exchange();
    }

    /** Sends and expects {@code status}; returns the parsed body. */
    protected JsonNode sendExpecting(int status, HttpMethod method, String path, String json) {
        JsonNode body = send(method, path, json).expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).as("body of %s %s", method, path).isNotNull();
        return body;
    }

    /** Asserts Hex's tsoa error body: a reason containing {@code reasonPart}, a trace id, nothing else. */
    protected static void assertTsoaError(JsonNode body, String reasonPart) {
        assertThat(body.get("reason").asString()).contains(reasonPart);
        assertThat(body.get("traceId").asString()).hasSize(32);
        assertThat(body.propertyNames()).isSubsetOf("reason", "details", "traceId");
    }

    /** Asserts Hex's newer error body with {@code code} and an issue containing {@code issuePart}. */
    protected static void assertNewError(JsonNode body, String code, String issuePart) {
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("code", "message", "issues");
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.at("/issues/0/message").asString()).contains(issuePart);
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected User user(String email) {
        return workspace.userByEmail(email).orElseThrow();
    }

    protected String personalToken(String email) {
        return workspace.personalToken(email).orElseThrow().token();
    }

    /**
     * A seeded project this test may re-share; its seeded form comes back after the test. (Adding projects instead
     * would change what the ListProjects tests count.)
     */
    protected Project borrowProject(String title) {
        Project project = projectStore.find(workspace.projectByTitle(title).orElseThrow().id()).orElseThrow();
        borrowed.add(project);
        return project;
    }

    @AfterEach
    void restoreBorrowedProjects() {
        borrowed.forEach(original -> projectStore.update(original.id(), current -> original));
        borrowed.clear();
    }

    protected static List<String> texts(JsonNode array, String pointer) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.at(pointer).asString()).toList();
    }
}
