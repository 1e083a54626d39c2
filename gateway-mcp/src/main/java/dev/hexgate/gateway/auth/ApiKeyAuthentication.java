package dev.hexgate.gateway.auth;

import dev.hexgate.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Who may call {@code /mcp}: first the keys from configuration ({@code hexgate.gateway.api-keys}, no I/O), then,
 * when {@code hexgate.gateway.token-vault.url} is set, the keys token-vault issued.
 */
@Configuration(proxyBeanMethods = false)
class ApiKeyAuthentication {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthentication.class);

    @Bean
    ApiKeyAuthenticator apiKeyAuthenticator(GatewayProperties properties) {
        ConfiguredApiKeys configured = new ConfiguredApiKeys(properties);
        if (!properties.tokenVault().enabled()) {
            log.info("API keys: {} from configuration; token-vault not configured",
                    configured.isEmpty() ? "none" : "some");
            return configured;
        }
        TokenVaultApiKeys vault = new TokenVaultApiKeys(properties.tokenVault());
        log.info("API keys: {} from configuration, then token-vault at {}", configured.isEmpty() ? "none" : "some",
                properties.tokenVault().url());
        return apiKey -> configured.authenticate(apiKey).switchIfEmpty(Mono.defer(() -> vault.authenticate(apiKey)));
    }
}
