package dev.hexgate.hexapi.hex;

import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HexClientConfiguration {

    @Bean
    HexRestClient hexRestClient(HexApiProperties properties) {
        return new HexRestClient(new HexClientSettings(properties.url(), properties.connectTimeout(),
                properties.responseTimeout()));
    }
}
