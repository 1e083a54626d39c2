package dev.hexgate.vault.oauth;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OAuth client as a bean. Its properties are enabled here, not through a scan on the application class, so the
 * package stands on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HexOAuthProperties.class)
class HexOAuthConfiguration {

    @Bean
    HexOAuthClient hexOAuthClient(HexOAuthProperties properties) {
        return new HexOAuthClient(properties);
    }
}
