package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/** ListProjects rejects bad input with 400 in the tsoa shape {"reason", "traceId"}. */
class ListProjectsValidationTest extends EmulatorHttpTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "limit, 0",
        "limit, 101",
        "limit, -3",
        "limit, ten",
        "limit, 2.5",
        "sortBy, NAME",
        "sortBy, created_at",
        "sortDirection, UP",
        "includeArchived, yes",
        "includeSharing, 1",
        "after, '!!not base64!!'",
        "before, bm90LWEtY3Vyc29y"})
    void rejectsInvalidParameters(String name, String value) {
        assertTsoaBadRequest(get(PROJECTS, name, value).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult(), name);
    }

    @Test
    void acceptsTheLimitBounds() {
        assertThat(values(getOk(PROJECTS, "limit", "1"))).hasSize(1);
        assertThat(values(getOk(PROJECTS, "limit", "100"))).hasSize(visibleByDefault().size());
    }

    @Test
    void rejectsAfterAndBeforeTogether() {
        String cursor = getOk(PROJECTS, "limit", "2").at("/pagination/after").asString();

        assertTsoaBadRequest(get(PROJECTS, "after", cursor, "before", cursor).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult(), "after");
    }

    @Test
    void rejectsACursorIssuedForAnotherSortOrder() {
        String cursor = getOk(PROJECTS, "limit", "2").at("/pagination/after").asString();
        getOk(PROJECTS, "limit", "2", "after", cursor);

        assertTsoaBadRequest(get(PROJECTS, "limit", "2", "after", cursor, "sortBy", "LAST_EDITED_AT")
                .expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult(), "after");
    }

    @Test
    void rejectsAWellEncodedCursorWithForeignContent() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("p1|CREATED_AT|DESC|yesterday|not-a-uuid".getBytes(StandardCharsets.UTF_8));

        assertTsoaBadRequest(get(PROJECTS, "after", forged).expectStatus().isBadRequest()
                .expectBody(JsonNode.class).returnResult(), "after");
    }

    private static void assertTsoaBadRequest(EntityExchangeResult<JsonNode> result, String parameter) {
        JsonNode body = result.getResponseBody();
        assertThat(result.getResponseHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
        assertThat(body).isNotNull();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("reason", "traceId");
        assertThat(body.get("reason").asString()).contains(parameter);
        assertThat(body.get("traceId").asString())
                .isEqualTo(result.getResponseHeaders().getFirst("x-trace-id"))
                .matches("[0-9a-f]{32}");
    }
}
