package dev.hexgate.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.HexEmulatorApplication;
import dev.hexgate.emulator.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
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
