package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client as a bean, configured from {@code hexgate.token-vault.oauth.*}, with defaults for what is not set. */
class HexOAuthConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(HexOAuthConfiguration.class);

    @Test
    void defaultsPointAtHexsMultiTenantMcpServer() {
        context.run(app -> {
            HexOAuthProperties settings = app.getBean(HexOAuthClient.class).settings();
            assertThat(settings.mcpUrl()).isEqualTo(URI.create("https://app.hex.tech/mcp"));
            assertThat(settings.redirectUri()).isEqualTo(URI.create("http://localhost:8082/oauth/callback/mcp/hex"));
            assertThat(settings.clientName()).isEqualTo("hexgate");
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void everySettingIsBound() {
        context.withPropertyValues("hexgate.token-vault.oauth.mcp-url=https://eu.hex.tech/mcp",
                "hexgate.token-vault.oauth.redirect-uri=https://hexgate.example/oauth/callback/mcp/hex",
                "hexgate.token-vault.oauth.client-name=hexgate (staging)",
                "hexgate.token-vault.oauth.connect-timeout=2s",
                "hexgate.token-vault.oauth.request-timeout=30s").run(app -> {
                    HexOAuthProperties settings = app.getBean(HexOAuthClient.class).settings();
                    assertThat(settings.mcpUrl()).isEqualTo(URI.create("https://eu.hex.tech/mcp"));
                    assertThat(settings.redirectUri())
                            .isEqualTo(URI.create("https://hexgate.example/oauth/callback/mcp/hex"));
                    assertThat(settings.clientName()).isEqualTo("hexgate (staging)");
                    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void aRelativeMcpUrlStopsTheContext() {
        context.withPropertyValues("hexgate.token-vault.oauth.mcp-url=/mcp")
                .run(app -> assertThat(app).hasFailed());
    }
}
