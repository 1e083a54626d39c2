package dev.hexgate.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.openapi.OpenApiDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /_emulator/openapi.json} serves the merged description requests are validated against. */
class OpenApiDocumentTest extends EmulatorHttpTest {

    @Autowired
    OpenApiDescription description;

    @Test
    void servesTheMergedDescription() {
        JsonNode served = client.get().uri("/_emulator/openapi.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(served).isEqualTo(JsonMapper.shared().readTree(description.document()));
        assertThat(served.get("openapi").asString()).isEqualTo("3.0.3");
        assertThat(served.get("paths").get("/v1/projects/{projectId}").get("get").get("operationId").asString())
                .isEqualTo("GetProject");
    }
}
