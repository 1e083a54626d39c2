package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.workspace.Project;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * CreateProject and UpdateProject. Every test puts the project store back afterwards: other tests compare
 * ListProjects against the seed.
 */
class ProjectEditsTest extends EmulatorHttpTest {

    @Autowired
    ProjectStore projects;

    @AfterEach
    void restoreProjects() {
        projects.reset();
    }

    @Test
    void createProjectAnswers201WithAFreshProjectOwnedByTheCaller() {
        Instant before = Instant.now().minusMillis(1);
        String priya = workspace.personalToken("priya.natarajan@fernbrook.example").orElseThrow().token();

        JsonNode body = body(send(HttpMethod.POST, PROJECTS, "{\"title\": \"Q4 Planning\", \"description\": \"Draft\"}",
                priya).expectStatus().isCreated());

        assertThat(body.get("title").asString()).isEqualTo("Q4 Planning");
        assertThat(body.get("description").asString()).isEqualTo("Draft");
        assertThat(body.get("type").asString()).isEqualTo("PROJECT");
        assertThat(body.at("/creator/email").asString()).isEqualTo("priya.natarajan@fernbrook.example");
        assertThat(body.at("/owner/email").asString()).isEqualTo("priya.natarajan@fernbrook.example");
        assertThat(body.get("status").isNull()).isTrue();
        assertThat(body.get("categories").isEmpty()).isTrue();
        assertThat(body.get("schedules").isEmpty()).isTrue();
        assertThat(body.get("reviews").toString()).isEqualTo("{\"required\":false}");
        assertThat(body.get("analytics").toString()).isEqualTo("{\"appViews\":{\"allTime\":0,\"lastSevenDays\":0,"
                + "\"lastFourteenDays\":0,\"lastThirtyDays\":0},\"lastViewedAt\":null,\"publishedResultsUpdatedAt\":null}");
        for (String nullField : new String[] {"lastPublishedAt", "archivedAt", "trashedAt"}) {
            assertThat(body.get(nullField).isNull()).as(nullField).isTrue();
        }
        Instant created = Instant.parse(body.get("createdAt").asString());
        assertThat(created).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(body.get("lastEditedAt")).isEqualTo(body.get("createdAt"));
        assertThat(body.has("sharing")).isFalse();
    }

    @Test
    void aCreatedProjectCanBeFetchedListedAndIsSharedWithItsOwnerOnly() {
        JsonNode created = body(send(HttpMethod.POST, PROJECTS, "{\"title\": \"Scratch\"}").expectStatus().isCreated());
        String id = created.get("id").asString();

        assertThat(created.get("description").isNull()).isTrue();
        JsonNode fetched = getOk(PROJECTS + "/" + id, "includeSharing", "true");
        assertThat(fetched.get("title").asString()).isEqualTo("Scratch");
        assertThat(fetched.at("/sharing/users/0/user/email").asString()).isEqualTo(workspace.workspaceToken().user());
        assertThat(fetched.at("/sharing/users/0/access").asString()).isEqualTo("FULL_ACCESS");
        assertThat(fetched.at("/sharing/workspace/access").asString()).isEqualTo("NONE");
        assertThat(ids(getOk(PROJECTS, "limit", "100"))).contains(id);
    }

    @Test
    void aNewProjectIsUnpublishedSoItCannotRun() {
        String id = body(send(HttpMethod.POST, PROJECTS, "{\"title\": \"Not yet\"}").expectStatus().isCreated())
                .get("id").asString();

        send(HttpMethod.POST, PROJECTS + "/" + id + "/runs", null).expectStatus().isEqualTo(422);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"title\": 42}", "{\"title\": null}", "{\"title\": \"x\", \"description\": 1}",
        "[]"})
    void invalidCreateBodiesAre400InTheTsoaShape(String json) {
        assertTsoa(send(HttpMethod.POST, PROJECTS, json).expectStatus().isBadRequest());
    }

    @Test
    void createWithoutBodyIs400() {
        assertTsoa(send(HttpMethod.POST, PROJECTS, null).expectStatus().isBadRequest());
    }

    @Test
    void updateProjectSetsAndClearsTheStatus() {
        Project churn = project("Churn Analysis");
        String path = PROJECTS + "/" + churn.id();

        JsonNode endorsed = body(send(HttpMethod.PATCH, path, "{\"status\": \"Endorsed\"}").expectStatus().isOk());
        assertThat(endorsed.at("/status/name").asString()).isEqualTo("Endorsed");
        assertThat(endorsed.get("id").asString()).isEqualTo(churn.id().toString());
        assertThat(endorsed.has("sharing")).isFalse();
        assertThat(getOk(path).at("/status/name").asString()).isEqualTo("Endorsed");

        JsonNode cleared = body(send(HttpMethod.PATCH, path, "{\"status\": null}").expectStatus().isOk());
        assertThat(cleared.get("status").isNull()).isTrue();
        assertThat(getOk(path).get("status").isNull()).isTrue();
    }

    @Test
    void updateWithoutStatusChangesNothing() {
        Project churn = project("Churn Analysis");

        JsonNode body = body(send(HttpMethod.PATCH, PROJECTS + "/" + churn.id(), "{}").expectStatus().isOk());

        assertThat(body.at("/status/name").asString()).isEqualTo(churn.status().name());
    }

    @Test
    void settingAStatusDoesNotCountAsAnEdit() {
        Project churn = project("Churn Analysis");

        JsonNode body = body(send(HttpMethod.PATCH, PROJECTS + "/" + churn.id(), "{\"status\": \"Deprecated\"}")
                .expectStatus().isOk());

        assertThat(Instant.parse(body.get("lastEditedAt").asString())).isEqualTo(churn.lastEditedAt());
    }

    @Test
    void unknownStatusIs400AndChangesNothing() {
        Project churn = project("Churn Analysis");

        JsonNode body = assertTsoa(send(HttpMethod.PATCH, PROJECTS + "/" + churn.id(), "{\"status\": \"endorsed\"}")
                .expectStatus().isBadRequest());

        assertThat(body.get("reason").asString()).contains("endorsed").contains("Endorsed");
        assertThat(getOk(PROJECTS + "/" + churn.id()).at("/status/name").asString()).isEqualTo(churn.status().name());
    }

    @Test
    void wrongStatusTypeIs400() {
        assertTsoa(send(HttpMethod.PATCH, PROJECTS + "/" + project("Churn Analysis").id(), "{\"status\": {\"name\": \"Endorsed\"}}")
                .expectStatus().isBadRequest());
    }

    @Test
    void unknownProjectIs404() {
        JsonNode body = assertTsoa(send(HttpMethod.PATCH, PROJECTS + "/00000000-0000-4000-8000-000000000000",
                "{\"status\": \"Endorsed\"}").expectStatus().isNotFound());

        assertThat(body.get("reason").asString()).contains("not found");
    }

    @Test
    void nonUuidProjectIdIs400() {
        assertTsoa(send(HttpMethod.PATCH, PROJECTS + "/churn", "{\"status\": null}").expectStatus().isBadRequest());
    }

    private Project project(String title) {
        return workspace.projectByTitle(title).orElseThrow();
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, String json) {
        return send(method, path, json, workspace.workspaceToken().token());
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, String json, String token) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static JsonNode body(WebTestClient.ResponseSpec response) {
        JsonNode body = response.expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    private static JsonNode assertTsoa(WebTestClient.ResponseSpec response) {
        JsonNode body = body(response);
        assertThat(body.get("reason").asString()).isNotBlank();
        assertThat(body.get("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(body.propertyNames()).isSubsetOf("reason", "details", "traceId");
        return body;
    }
}
