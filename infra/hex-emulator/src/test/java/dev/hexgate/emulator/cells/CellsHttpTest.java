package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Helpers for the cells tests. Cells a test creates are deleted again after it, so the seeded drafts other tests
 * page through stay as seeded.
 */
abstract class CellsHttpTest extends EmulatorHttpTest {

    static final String CELLS = "/api/v1/cells";
    static final String WAREHOUSE = "7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11";
    static final String SNOWFLAKE = "b2e8a6d4-1f3c-4a5b-8e7d-0c9f1a2b3c4d";
    static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    static final String NOT_FOUND_BODY = "{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"issues\":[]}";

    @Autowired
    CellStore store;

    private final List<UUID> created = new ArrayList<>();

    @AfterEach
    void deleteCreatedCells() {
        created.forEach(store::delete);
        created.clear();
    }

    UUID projectId(String title) {
        return workspace.projectByTitle(title).orElseThrow().id();
    }

    /** The seeded cell of {@code project} with this label. */
    Cell seeded(String project, String label) {
        return store.cells(projectId(project)).stream().filter(c -> label.equals(c.label())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell '" + label + "' in " + project));
    }

    WebTestClient.ResponseSpec send(HttpMethod method, String path, String jsonBody) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + workspace.workspaceToken().token());
        return (jsonBody == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(jsonBody)).exchange();
    }

    static JsonNode okBody(WebTestClient.ResponseSpec response) {
        JsonNode body = response.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    /** POST /cells that must succeed; the cell is deleted after the test. */
    JsonNode create(String jsonBody) {
        JsonNode cell = okBody(send(HttpMethod.POST, CELLS, jsonBody));
        created.add(UUID.fromString(cell.get("id").asString()));
        return cell;
    }

    /** Remembers a cell created some other way (e.g. straight through the store) for cleanup. */
    void createdElsewhere(UUID cellId) {
        created.add(cellId);
    }

    /** Asserts a 400 in the new error shape whose single issue contains {@code issueFragment}. */
    static void assertBadRequest(WebTestClient.ResponseSpec response, String issueFragment) {
        JsonNode body = response.expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(body).isNotNull();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("code", "message", "issues");
        assertThat(body.get("code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(body.get("message").asString()).isEqualTo("Invalid input data");
        assertThat(body.get("issues")).isNotEmpty();
        assertThat(body.get("issues").toString()).contains(issueFragment);
    }

    static void assertNotFound(WebTestClient.ResponseSpec response) {
        response.expectStatus().isNotFound().expectBody().json(NOT_FOUND_BODY, true);
    }

    /** Every page of the project's cells, following {@code after} cursors. */
    List<String> allIdsByPaging(UUID projectId, int limit) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = after == null
                    ? getOk(CELLS, "projectId", projectId.toString(), "limit", String.valueOf(limit))
                    : getOk(CELLS, "projectId", projectId.toString(), "limit", String.valueOf(limit), "after", after);
            ids.addAll(ids(page));
            after = page.at("/pagination/after").isNull() ? null : page.at("/pagination/after").asString();
        } while (after != null);
        return ids;
    }
}
