package dev.hexgate.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.testkit.service.ServiceSmokeCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;

class TokenVaultApplicationHealthTest {

    @Test
    void startsOnItsOwnConfigurationAndReportsHealthy() {
        Map<String, Object> settings = TestVault.defaults(SharedPostgres.get().createDatabase());
        settings.remove("server.port");
        ServiceSmokeCheck.assertStartsHealthy(TokenVaultApplication.application()
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("test", settings))), "token-vault");
    }

    @Test
    void refusesToStartWithABadKeyRingAndNamesTheKeyIdButNotTheKey() {
        String shortKey = java.util.Base64.getEncoder().encodeToString(new byte[16]);
        String goodKey = TestVault.newKey();
        assertThatThrownBy(() -> TestVault.start(Map.of(
                "hexgate.token-vault.encryption.keys", "k1:" + goodKey + ",k2:" + shortKey,
                "hexgate.token-vault.encryption.active-key", "k1")))
                .satisfies(failure -> {
                    String messages = allMessages(failure);
                    assertThat(messages).contains("key k2 is 16 bytes").doesNotContain(shortKey)
                            .doesNotContain(goodKey);
                });
    }

    @Test
    void refusesToStartWithoutKeys() {
        assertThatThrownBy(() -> TestVault.start(Map.of("hexgate.token-vault.encryption.keys", "")))
                .satisfies(failure -> assertThat(allMessages(failure)).contains("HEXGATE_ENCRYPTION_KEYS is not set"));
    }

    private static String allMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
