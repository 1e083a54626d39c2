package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.workspace.Project;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class CreateThreadTest extends ThreadsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ProjectStore projects;

    @Test
    void answers200WithTheNewThreadWhichThenRuns() {
        threadsRunFor(Duration.ofMinutes(10));

        JsonNode created = okBody(postAs(tokenOf(PRIYA), THREADS, toJson(Map.of("prompt", SIMPLE_SQL))));

        assertThat(created.propertyNames()).containsExactlyInAnyOrder("threadId", "url", "createdAt", "projectId");
        String id = created.get("threadId").asString();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(created.get("url").asString())
                .isEqualTo("http://localhost:" + port + "/fernbrook-outdoor-supply/threads/" + id);
        assertThat(created.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(created.get("projectId").isNull()).isTrue();
        JsonNode thread = getThread(tokenOf(PRIYA), id);
        assertThat(thread.get("status").asString()).isEqualTo("RUNNING");
        assertThat(thread.get("source").asString()).isEqualTo("PUBLIC_API");
        assertThat(thread.get("type").asString()).isEqualTo("THREADS");
    }

    @Test
    void aThreadOnAnExistingProjectIsANotebookThread() {
        Project revenue = workspace.projectByTitle("Revenue Dashboard").orElseThrow();

        JsonNode created = okBody(postAs(tokenOf(PRIYA), THREADS,
                toJson(Map.of("prompt", "How many customers do we have?", "projectId", revenue.id().toString()))));

        assertThat(created.get("projectId").asString()).isEqualTo(revenue.id().toString());
        assertThat(getThread(tokenOf(PRIYA), created.get("threadId").asString()).get("type").asString())
                .isEqualTo("NOTEBOOK");
    }

    @Test
    void newProjectCreatesAProjectForTheThread() {
        try {
            JsonNode created = okBody(postAs(tokenOf(PRIYA), THREADS,
                    toJson(Map.of("prompt", "Build me a churn overview", "newProject", true))));

            String projectId = created.get("projectId").asString();
            JsonNode project = getOk(PROJECTS + "/" + projectId);
            assertThat(project.get("title").asString()).isEqualTo("Build me a churn overview");
            assertThat(project.at("/owner/email").asString()).isEqualTo(PRIYA);
            assertThat(project.get("lastPublishedAt").isNull()).isTrue();
        } finally {
            projects.reset(); // the new project would otherwise show up in other classes' project listings
        }
    }

    @Test
    void missingOrNullPromptIsRejectedByValidationNamingIt() {
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"muted\": true}"), "\"prompt\"");
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": null}"), "/prompt");
    }

    @Test
    void emptyOrNonStringPromptIsRejectedByValidationNamingIt() {
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": \"\"}"), "/prompt");
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": 42}"), "/prompt");
    }

    @Test
    void wronglyTypedOptionalFieldsAreRejectedByValidationNamingThem() {
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": \"hi\", \"muted\": \"yes\"}"), "/muted");
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": \"hi\", \"newProject\": 1}"),
                "/newProject");
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": \"hi\", \"projectId\": 5}"), "/projectId");
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "[\"hi\"]"), "object");
    }

    @Test
    void malformedJsonNoBodyOrAnotherContentTypeIsRejectedByValidation() {
        assertRejectedNaming(postAs(tokenOf(PRIYA), THREADS, "{\"prompt\": "), "JSON");
        assertRejectedNaming(client.post().uri(THREADS)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(PRIYA))
                .contentType(MediaType.APPLICATION_JSON).exchange(), "body");
        assertRejectedNaming(client.post().uri(THREADS)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(PRIYA))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("{\"prompt\": \"hi\"}").exchange(), "Content-Type");
    }

    @Test
    void attachmentsAndPreviewIdAreAcceptedAndNullsCountAsNotSent() {
        JsonNode created = okBody(postAs(tokenOf(PRIYA), THREADS, """
                {"prompt": "How many customers do we have?", "attachments": {"tableIds": ["customers"]},
                 "previewId": null, "projectId": null, "newProject": null, "muted": null}"""));

        assertThat(created.get("projectId").isNull()).isTrue();
    }

    @Test
    void projectIdAndNewProjectAreExclusive() {
        String projectId = workspace.projectByTitle("Revenue Dashboard").orElseThrow().id().toString();

        JsonNode error = errorBody(postAs(tokenOf(PRIYA), THREADS,
                toJson(Map.of("prompt", "hi", "projectId", projectId, "newProject", true))), 400);

        assertNewStyleError(error, "BAD_REQUEST", "Invalid input data");
        assertThat(firstIssue(error)).isEqualTo("projectId and newProject are mutually exclusive");
    }

    @Test
    void unknownProjectIdIsBadRequest() {
        JsonNode error = errorBody(postAs(tokenOf(PRIYA), THREADS,
                toJson(Map.of("prompt", "hi", "projectId", "00000000-0000-4000-8000-000000000000"))), 400);

        assertNewStyleError(error, "BAD_REQUEST", "Invalid input data");
        assertThat(firstIssue(error)).contains("projectId");
    }

    @Test
    void withoutATokenTheEdgeAnswers401() {
        client.post().uri(THREADS).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"prompt\":\"hi\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).isEqualTo("Unauthorized");
    }
}
