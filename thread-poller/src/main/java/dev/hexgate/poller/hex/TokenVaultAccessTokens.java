package dev.hexgate.poller.hex;

import dev.hexgate.poller.hex.ThreadReadException.Kind;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens from token-vault's {@code GET /internal/credentials/{userKey}/hex-mcp} (200
 * {@code {accessToken, expiresAt}}, 404 authorization required, 502 refresh failed). A token is kept in memory until
 * a minute before it expires, so a poll usually costs no vault call; tokens are never logged.
 */
public class TokenVaultAccessTokens implements AccessTokens {

    private static final String PROVIDER = "hex-mcp";
    private static final long EARLY_SECONDS = 60;

    private final WebClient http;
    private final TokenVaultProperties properties;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public TokenVaultAccessTokens(WebClient.Builder builder, TokenVaultProperties properties) {
        this.properties = properties;
        this.http = builder.baseUrl(properties.url().toString().replaceAll("/+$", ""))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.serviceToken())
                .build();
    }

    @Override
    public Mono<String> accessToken(String userKey) {
        Cached cached = cache.get(userKey);
        if (cached != null && Instant.now().isBefore(cached.usableUntil())) {
            return Mono.just(cached.token());
        }
        return http.get().uri("/internal/credentials/{userKey}/{provider}", userKey, PROVIDER)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(properties.timeout())
                .map(body -> remember(userKey, body))
                .onErrorMap(error -> !(error instanceof ThreadReadException), error -> translate(userKey, error));
    }

    /** Forgets a token Hex refused, so that the next poll asks the vault (which refreshes) again. */
    @Override
    public void forget(String userKey) {
        cache.remove(userKey);
    }

    private String remember(String userKey, JsonNode body) {
        String token = body.path("accessToken").asString("");
        if (token.isBlank()) {
            throw new ThreadReadException(Kind.TRANSIENT, "token-vault answered no hex-mcp access token for "
                    + userKey, null);
        }
        String expiresAt = body.path("expiresAt").asString("");
        Instant until = expiresAt.isBlank() ? Instant.now().plusSeconds(EARLY_SECONDS)
                : Instant.parse(expiresAt).minusSeconds(EARLY_SECONDS);
        cache.put(userKey, new Cached(token, until));
        return token;
    }

    private static ThreadReadException translate(String userKey, Throwable error) {
        if (error instanceof WebClientResponseException.NotFound) {
            return new ThreadReadException(Kind.AUTHORIZATION_REQUIRED,
                    "no hex-mcp credential for " + userKey + " in token-vault", null);
        }
        String what = error instanceof WebClientResponseException response
                ? "token-vault answered " + response.getStatusCode().value()
                : error.getClass().getSimpleName();
        return new ThreadReadException(Kind.TRANSIENT, "reading the hex-mcp credential of " + userKey + " failed: "
                + what, null);
    }

    private record Cached(String token, Instant usableUntil) {
        @Override
        public String toString() {
            return "Cached[token=(set), usableUntil=" + usableUntil + "]";
        }
    }
}
