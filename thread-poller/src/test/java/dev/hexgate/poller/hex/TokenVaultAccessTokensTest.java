package dev.hexgate.poller.hex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link TokenVaultAccessTokens} against token-vault's answers, played by the WebClient's exchange function: the
 * request it makes, the cache until a minute before expiry, {@code forget}, and how vault failures are told.
 */
class TokenVaultAccessTokensTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SERVICE_TOKEN = "svc-secret-123";

    private final List<ClientRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Supplier<ClientResponse>> answer = new AtomicReference<>();
    private final TokenVaultAccessTokens tokens = new TokenVaultAccessTokens(
            WebClient.builder().exchangeFunction(request -> {
                requests.add(request);
                return Mono.just(answer.get().get());
            }),
            new TokenVaultProperties(URI.create("http://vault.test/"), SERVICE_TOKEN, WAIT));

    @Test
    void asksTheVaultOnceAndKeepsTheTokenUntilForgotten() {
        answer.set(ok("at-1", Instant.now().plusSeconds(3600)));

        assertThat(tokens.accessToken("mcp:priya").block(WAIT)).isEqualTo("at-1");
        assertThat(tokens.accessToken("mcp:priya").block(WAIT)).isEqualTo("at-1");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).url().getHost()).isEqualTo("vault.test");
        assertThat(requests.get(0).url().getPath()).isEqualTo("/internal/credentials/mcp:priya/hex-mcp");
        assertThat(requests.get(0).headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + SERVICE_TOKEN);

        tokens.forget("mcp:priya");
        answer.set(ok("at-2", Instant.now().plusSeconds(3600)));
        assertThat(tokens.accessToken("mcp:priya").block(WAIT)).isEqualTo("at-2");
        assertThat(requests).hasSize(2);
    }

    @Test
    void aTokenWithinAMinuteOfExpiryIsAskedForAgain() {
        answer.set(ok("at-1", Instant.now().plusSeconds(30)));
        tokens.accessToken("mcp:priya").block(WAIT);
        tokens.accessToken("mcp:priya").block(WAIT);

        assertThat(requests).hasSize(2);
    }

    @Test
    void noCredentialIsAuthorizationRequiredAndOtherFailuresTransientNeverNamingASecret() {
        answer.set(() -> ClientResponse.create(HttpStatus.NOT_FOUND).build());
        ThreadReadException missing = catchThrowableOfType(ThreadReadException.class,
                () -> tokens.accessToken("mcp:priya").block(WAIT));
        assertThat(missing.kind()).isEqualTo(ThreadReadException.Kind.AUTHORIZATION_REQUIRED);

        answer.set(() -> ClientResponse.create(HttpStatus.BAD_GATEWAY).build());
        ThreadReadException refreshFailed = catchThrowableOfType(ThreadReadException.class,
                () -> tokens.accessToken("mcp:priya").block(WAIT));
        assertThat(refreshFailed.kind()).isEqualTo(ThreadReadException.Kind.TRANSIENT);
        assertThat(refreshFailed.getMessage()).contains("502").doesNotContain(SERVICE_TOKEN);

        answer.set(ok("", null));
        assertThat(catchThrowableOfType(ThreadReadException.class,
                () -> tokens.accessToken("mcp:priya").block(WAIT)).kind())
                .isEqualTo(ThreadReadException.Kind.TRANSIENT);
    }

    private static Supplier<ClientResponse> ok(String accessToken, Instant expiresAt) {
        return () -> response(accessToken, expiresAt);
    }

    private static ClientResponse response(String accessToken, Instant expiresAt) {
        String body = "{\"accessToken\":\"" + accessToken + "\""
                + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}";
        return ClientResponse.create(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body)
                .build();
    }
}
