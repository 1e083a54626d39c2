package dev.hexgate.vault.connect;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.hex-api}: where personal tokens are checked before they are stored.
 *
 * @param url             Hex's REST API, e.g. {@code https://app.hex.tech} (with or without {@code /api/v1})
 *                        ({@code HEX_API_URL}, {@code http://localhost:8090})
 * @param connectTimeout  ({@code HEXGATE_VAULT_HEX_CONNECT_TIMEOUT}, 5s)
 * @param responseTimeout ({@code HEXGATE_VAULT_HEX_RESPONSE_TIMEOUT}, 10s)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.hex-api")
public record HexApiProperties(URI url, Duration connectTimeout, Duration responseTimeout) {

    public HexApiProperties {
        url = url == null ? URI.create("http://localhost:8090") : url;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
    }
}
