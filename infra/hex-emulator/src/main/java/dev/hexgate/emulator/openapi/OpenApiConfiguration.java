package dev.hexgate.emulator.openapi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the emulator's OpenAPI description once per application. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenApiDescription openApiDescription() {
        return OpenApiDescription.load();
    }
}
