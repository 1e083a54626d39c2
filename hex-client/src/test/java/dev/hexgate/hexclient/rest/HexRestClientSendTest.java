package dev.hexgate.hexclient.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.emulator.SharedEmulator.RunningEmulator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The generic call path against the emulator: bodies, 204s, query encoding and errors. */
class HexRestClientSendTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningEmulator emulator;
    private static HexRestClient hex;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        hex = new HexRestClient(HexClientSettings.of(emulator.baseUrl()));
    }

    @Test
    void createsAndDeletesAGroupWithA204BeingSuccess() {
        ObjectNode body = JSON.createObjectNode().put("name", "send-test " + UUID.randomUUID());
        HexResponse created = hex.send(emulator.workspaceToken(),
                new HexRequest(HttpMethod.POST, "/groups", List.of(), Map.of(), body, HexRequest.RateLimitGroup.HEX_API))
                .block();
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();

        HexResponse deleted = hex.send(emulator.workspaceToken(),
                HexRequest.get("/groups/{groupId}", id).withBody(HttpMethod.DELETE, null)).block();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.hasBody()).isFalse();
    }

    @Test
    void encodesQueryValuesSoPlusAndAmpersandArriveIntact() {
        String email = "maya.okafor+x&y=z@fernbrook.example";
        HexRequest request = HexRequest.get("/projects").withQuery(Map.of("creatorEmail", List.of(email)));

        assertThat(hex.uriOf(request).getRawQuery()).isEqualTo("creatorEmail=maya.okafor%2Bx%26y%3Dz@fernbrook.example");
        assertThat(hex.send(emulator.workspaceToken(), request).block().body().get("values")).isEmpty();
    }

    @Test
    void pathVariablesCannotAddSegments() {
        HexRequest request = HexRequest.get("/projects/{projectId}", "../groups");

        assertThat(hex.uriOf(request).getRawPath()).endsWith("/projects/..%2Fgroups");
        assertThatThrownBy(() -> hex.send(emulator.workspaceToken(), request).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void hexErrorsArriveAsHexApiException() {
        assertThatThrownBy(() -> hex.send(emulator.workspaceToken(),
                HexRequest.get("/projects/{projectId}", "00000000-0000-4000-8000-000000000000")).block())
                .isInstanceOfSatisfying(HexApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).contains("NOT_FOUND");
                });
    }

    @Test
    void sendsExtraHeadersSuchAsExpandedRunStats() {
        // A seeded run of Finance Close Checklist; only with the header does GetRunStatus add its state events.
        HexRequest status = HexRequest.get("/projects/{projectId}/runs/{runId}",
                "8504696b-0ceb-4ebe-9611-b10e97a48216", "a5613c3f-cb8e-44cb-9b9e-5b14a52b230f");

        assertThat(hex.send(emulator.workspaceToken(), status).block().body().has("stateEvents")).isFalse();
        assertThat(hex.send(emulator.workspaceToken(), status.withHeader("enable-expanded-stats", "true")).block()
                .body().get("stateEvents")).isNotEmpty();
    }

    @Test
    void refusesAnAuthorizationHeaderBesideTheToken() {
        assertThatThrownBy(() -> HexRequest.get("/projects").withHeader("authorization", "Bearer other"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
