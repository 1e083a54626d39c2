package dev.hexgate.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.workspace.ApiToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

class ControlPlaneEnabledTest extends EmulatorHttpTest {

    @Test
    void listsEverySeededTokenWithoutAuthentication() {
        JsonNode body = client.get().uri("/_emulator/tokens").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(body).isNotNull();
        assertThat(body.propertyNames()).containsExactly("tokens");
        List<JsonNode> tokens = new ArrayList<>();
        body.get("tokens").forEach(tokens::add);
        // OAuth tokens other tests issued in the shared context follow the seeded ones.
        tokens.removeIf(t -> t.get("kind").asString().startsWith("oauth-"));
        assertThat(tokens).hasSize(workspace.tokens().size());
        for (int i = 0; i < tokens.size(); i++) {
            ApiToken seeded = workspace.tokens().get(i);
            assertThat(tokens.get(i).propertyNames()).containsExactlyInAnyOrder("token", "kind", "user");
            assertThat(tokens.get(i).get("token").asString()).isEqualTo(seeded.token());
            assertThat(tokens.get(i).get("kind").asString()).isEqualTo(seeded.kind().wireName());
            assertThat(tokens.get(i).get("user").asString()).isEqualTo(seeded.user());
        }
        assertThat(tokens).filteredOn(t -> t.get("kind").asString().equals("workspace"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("token").asString()).startsWith("hxtw_"));
        assertThat(tokens).filteredOn(t -> t.get("kind").asString().equals("personal"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("token").asString()).startsWith("hxtp_"));
    }

    @Test
    void listedTokensOpenTheApi() {
        JsonNode body = client.get().uri("/_emulator/tokens").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(body).isNotNull();
        // OAuth tokens (issued by other tests in the shared context) are for /mcp, not the REST API.
        body.get("tokens").forEach(t -> {
            if (!t.get("kind").asString().startsWith("oauth-")) {
                client.get().uri(PROJECTS)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + t.get("token").asString())
                        .exchange()
                        .expectStatus().isOk();
            }
        });
    }
}
