package dev.hexgate.hexclient.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Hex's REST API.
 *
 * @param baseUrl         any of {@code https://app.hex.tech}, {@code …/api} or {@code …/api/v1}; see {@link HexApiBaseUrl}
 * @param connectTimeout  TCP connect limit
 * @param responseTimeout limit from request sent to the complete response, per attempt
 */
public record HexClientSettings(URI baseUrl, Duration connectTimeout, Duration responseTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    public HexClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        responseTimeout = responseTimeout == null ? DEFAULT_RESPONSE_TIMEOUT : responseTimeout;
    }

    public static HexClientSettings of(String baseUrl) {
        return new HexClientSettings(URI.create(baseUrl), null, null);
    }
}
