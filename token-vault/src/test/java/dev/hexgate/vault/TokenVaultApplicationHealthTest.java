package dev.hexgate.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Starts the service the way infra/local does (its own config name) and asks for its health. */
class TokenVaultApplicationHealthTest {

    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        context = TokenVaultApplication.application().run("--server.port=0");
        assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("token-vault");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
