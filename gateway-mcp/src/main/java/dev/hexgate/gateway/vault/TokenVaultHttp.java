package dev.hexgate.gateway.vault;

import dev.hexgate.gateway.GatewayProperties;
import io.netty.channel.ChannelOption;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The one way this service talks to token-vault's internal API: its base URL, this gateway's service token as a
 * bearer credential (never logged), and connect and response timeouts, so a slow vault cannot hold a call open.
 */
public final class TokenVaultHttp {

    private TokenVaultHttp() {
    }

    public static WebClient client(GatewayProperties.TokenVault settings) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.timeout().toMillis())
                .responseTimeout(settings.timeout());
        WebClient.Builder builder = WebClient.builder()
                .baseUrl(settings.url())
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
        if (settings.serviceToken() != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.serviceToken());
        }
        return builder.build();
    }
}
