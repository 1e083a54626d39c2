package dev.hexgate.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.HexEmulatorApplication;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.TokenKind;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Starts the emulator the way the local stack does ({@link HexEmulatorApplication#application()}) with nothing
 * but a free port, so this also proves the control plane is off by default.
 */
class ControlPlaneDisabledTest {

    private static ConfigurableApplicationContext emulator;
    private static WebTestClient client;

    @BeforeAll
    static void start() {
        emulator = HexEmulatorApplication.application().run("--server.port=0");
        String port = emulator.getEnvironment().getProperty("local.server.port");
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void controlPlaneRoutesDoNotExist() {
        client.get().uri("/_emulator/tokens").exchange().expectStatus().isNotFound();
        client.get().uri("/_emulator/anything/else").exchange().expectStatus().isNotFound();
        client.post().uri("/_emulator/reset").exchange().expectStatus().isNotFound();
        for (String path : List.of("/_emulator/timing", "/_emulator/rate-limits", "/_emulator/faults",
                "/_emulator/requests", "/_emulator/openapi.json")) {
            client.get().uri(path).exchange().expectStatus().isNotFound();
        }
        client.put().uri("/_emulator/timing").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"runPending\": \"1ms\"}").exchange().expectStatus().isNotFound();
        client.put().uri("/_emulator/rate-limits").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"enabled\": false}").exchange().expectStatus().isNotFound();
        client.post().uri("/_emulator/faults").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"path\": \"/api/**\", \"status\": 500}").exchange().expectStatus().isNotFound();
        client.delete().uri("/_emulator/faults").exchange().expectStatus().isNotFound();
        client.delete().uri("/_emulator/requests").exchange().expectStatus().isNotFound();

        String token = emulator.getBean(Workspace.class).workspaceToken().token();
        client.get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk();
    }

    @Test
    void hexsRateLimitsApplyByDefault() {
        // A token no other test here uses, so its budget is this test's alone.
        ApiToken token = emulator.getBean(Workspace.class).tokens().stream()
                .filter(t -> t.kind() == TokenKind.PERSONAL).reduce((first, second) -> second).orElseThrow();
        for (int i = 0; i < 30; i++) {
            client.get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token())
                    .exchange().expectStatus().isOk();
        }

        client.get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token()).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.reason").isEqualTo("Too many requests");
    }

    @Test
    void theApiStillWorks() {
        String token = emulator.getBean(Workspace.class).workspaceToken().token();

        client.get().uri("/api/v1/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.values").isArray();
    }

    @Test
    void readsItsOwnConfigFile() {
        assertThat(emulator.getEnvironment().getProperty("spring.application.name")).isEqualTo("hex-emulator");
        assertThat(emulator.getEnvironment().getProperty("hexgate.emulator.control-plane-enabled"))
                .isEqualTo("false");
    }
}
