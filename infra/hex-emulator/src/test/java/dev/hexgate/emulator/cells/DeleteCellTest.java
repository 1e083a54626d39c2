package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class DeleteCellTest extends CellsHttpTest {

    @Test
    void deleteAnswers200WithTheIdAndTheCellIsGone() {
        UUID project = projectId("Onboarding Activation");
        String id = create("""
                {"projectId":"%s","cellType":"MARKDOWN","contents":{"markdownCell":{"source":"bye"}}}"""
                .formatted(project)).get("id").asString();

        send(HttpMethod.DELETE, CELLS + "/" + id, null).expectStatus().isOk()
                .expectBody().json("{\"cellId\":\"" + id + "\"}", true);

        assertNotFound(get(CELLS + "/" + id));
        assertNotFound(send(HttpMethod.DELETE, CELLS + "/" + id, null));
        assertNotFound(send(HttpMethod.PATCH, CELLS + "/" + id, "{}"));
        assertThat(ids(getOk(CELLS, "projectId", project.toString()))).doesNotContain(id)
                .containsExactlyElementsOf(store.cells(project).stream().map(c -> c.id().toString()).toList());
    }

    @Test
    void unknownIdIsNotFoundAndMalformedIdIsBadRequest() {
        assertNotFound(send(HttpMethod.DELETE, CELLS + "/" + UNKNOWN_ID, null));
        assertBadRequest(send(HttpMethod.DELETE, CELLS + "/123", null), "cellId: must be a UUID");
    }
}
