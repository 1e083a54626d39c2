package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.workspace.Project;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetProjectTest extends EmulatorHttpTest {

    @Test
    void returnsTheProjectWithoutSharingByDefault() {
        Project revenue = project("Revenue Dashboard");

        JsonNode body = getOk(PROJECTS + "/" + revenue.id());

        assertThat(body.get("id").asString()).isEqualTo(revenue.id().toString());
        assertThat(body.get("title").asString()).isEqualTo("Revenue Dashboard");
        assertThat(body.at("/owner/email").asString()).isEqualTo("daniel.reyes@fernbrook.example");
        assertThat(body.at("/status/name").asString()).isEqualTo("Endorsed");
        assertThat(body.at("/schedules/0/weekly/dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(body.has("sharing")).isFalse();
    }

    @Test
    void includeSharingAddsGranteesByEmailAndName() {
        JsonNode body = getOk(PROJECTS + "/" + project("Revenue Dashboard").id(), "includeSharing", "true");

        JsonNode sharing = body.get("sharing");
        assertThat(sharing.propertyNames())
                .containsExactlyInAnyOrder("users", "collections", "groups", "workspace", "publicWeb", "support");
        assertThat(sharing.at("/users/0/user/email").asString()).isEqualTo("daniel.reyes@fernbrook.example");
        assertThat(sharing.at("/users/0/access").asString()).isEqualTo("FULL_ACCESS");
        assertThat(sharing.at("/groups/0/group/name").asString()).isEqualTo("Leadership");
        assertThat(sharing.at("/workspace/access").asString()).isEqualTo("CAN_VIEW");
    }

    @Test
    void acceptsUpperCaseAndVersion7Ids() {
        Project v7 = workspace.projects().stream().filter(p -> p.id().version() == 7).findFirst().orElseThrow();

        JsonNode body = getOk(PROJECTS + "/" + v7.id().toString().toUpperCase(Locale.ROOT));

        assertThat(body.get("id").asString()).isEqualTo(v7.id().toString());
    }

    @Test
    void stillServesTrashedAndArchivedProjects() {
        JsonNode trashed = getOk(PROJECTS + "/" + project("Scratch: SQL Sandbox").id());
        JsonNode archived = getOk(PROJECTS + "/" + project("Q3 2024 Planning Model").id());

        assertThat(trashed.get("trashedAt").asString()).isEqualTo("2025-10-20T09:15:44.006Z");
        assertThat(trashed.get("description").isNull()).isTrue();
        assertThat(archived.get("archivedAt").asString()).isEqualTo("2024-10-15T08:03:27.514Z");
    }

    @Test
    void nonUuidIdIsBadRequestInTheNewErrorShape() {
        get(PROJECTS + "/not-a-uuid").expectStatus().isBadRequest()
                .expectBody().json("""
                        {"code":"BAD_REQUEST","message":"Invalid input data",
                         "issues":[{"message":"projectId: must be a UUID"}]}""", true);
    }

    @Test
    void invalidIncludeSharingIsBadRequestInTheNewErrorShape() {
        get(PROJECTS + "/" + project("Revenue Dashboard").id(), "includeSharing", "maybe")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("BAD_REQUEST")
                .jsonPath("$.message").isEqualTo("Invalid input data")
                .jsonPath("$.issues[0].message").value(m -> assertThat((String) m).contains("includeSharing"));
    }

    @Test
    void unknownIdIsNotFoundWithExactBody() {
        get(PROJECTS + "/00000000-0000-4000-8000-000000000000").expectStatus().isNotFound()
                .expectBody().json("{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"issues\":[]}", true);
    }

    @Test
    void timestampsKeepThreeFractionDigitsEvenWhenZero() {
        JsonNode body = getOk(PROJECTS + "/" + project("Board Metrics Pack").id());

        assertThat(body.get("createdAt").asString()).isEqualTo("2025-01-08T09:00:00.000Z");
    }

    private Project project(String title) {
        return workspace.projectByTitle(title).orElseThrow();
    }
}
