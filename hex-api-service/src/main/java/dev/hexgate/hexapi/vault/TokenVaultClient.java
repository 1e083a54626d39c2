package dev.hexgate.hexapi.vault;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandRequested;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * token-vault's internal API, as hex-api-service uses it: a user's own Hex credential, and a one-time link that
 * connects one (parking the command that needed it). Credentials travel only over this API (DESIGN.md §5), never
 * over Kafka; they are never logged, and errors name the user and provider, never a token.
 */
public class TokenVaultClient {

    /** The providers token-vault keeps credentials for. */
    public static final String HEX_API = "hex-api";
    public static final String HEX_MCP = "hex-mcp";

    private final WebClient http;
    private final TokenVaultProperties properties;

    public TokenVaultClient(WebClient.Builder builder, TokenVaultProperties properties) {
        this.properties = properties;
        this.http = builder.baseUrl(properties.url().toString().replaceAll("/+$", ""))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.serviceToken())
                .build();
    }

    /** The user's Hex personal API token, or empty when they have none (token-vault: authorization required). */
    public Mono<Optional<String>> personalToken(String userKey) {
        return guarded(credential(userKey, HEX_API, "token"), "reading the " + HEX_API + " credential of " + userKey);
    }

    /**
     * The user's Hex MCP OAuth access token (token-vault refreshes it first when it is about to expire), or empty
     * when they must sign in (never connected, or Hex refused the refresh). Fails with
     * {@link RefreshFailedException} when token-vault could not ask Hex to refresh it ({@code 502 refresh_failed}:
     * the grant is kept, so a later try may work).
     */
    public Mono<Optional<String>> mcpAccessToken(String userKey) {
        return guarded(credential(userKey, HEX_MCP, "accessToken")
                        .onErrorMap(WebClientResponseException.BadGateway.class,
                                failed -> new RefreshFailedException(userKey)),
                "reading the " + HEX_MCP + " credential of " + userKey);
    }

    /** A field of the user's {@code provider} credential; empty when token-vault has none (404) or it is blank. */
    private Mono<Optional<String>> credential(String userKey, String provider, String field) {
        return http.get().uri("/internal/credentials/{userKey}/{provider}", userKey, provider)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .map(body -> Optional.of(body.path(field).asString()).filter(token -> !token.isBlank()))
                .onErrorResume(WebClientResponseException.NotFound.class, missing -> Mono.just(Optional.empty()));
    }

    /** Bounds {@code call} by the timeout; any failure becomes a {@link TokenVaultException} naming {@code what}. */
    private <T> Mono<T> guarded(Mono<T> call, String what) {
        return call.timeout(properties.timeout())
                .onErrorMap(error -> !(error instanceof TokenVaultException),
                        error -> new TokenVaultException(what, error));
    }

    /**
     * Starts an authorization attempt for {@code command}'s user; when {@code park}, the command is parked with it
     * and comes back in {@code AuthorizationGranted} once the user connects {@code provider}. Answers the one-time
     * start URL to give the user.
     */
    public Mono<String> startAuthorization(CommandRequested command, String provider, boolean park) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userKey", command.userKey());
        body.put("provider", provider);
        if (park) {
            body.put("command", EventCodec.toTree(command));
        }
        Mono<String> start = http.post().uri("/internal/authorization-attempts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .map(answer -> answer.path("startUrl").asString())
                .filter(url -> !url.isBlank())
                .switchIfEmpty(Mono.error(() -> new TokenVaultException("token-vault answered no start URL", null)));
        return guarded(start, "starting a " + provider + " authorization for " + command.userKey());
    }

    /** token-vault could not be asked, or refused this service. The message names no secret. */
    public static class TokenVaultException extends RuntimeException {

        TokenVaultException(String what, Throwable cause) {
            super(what + " failed" + (cause == null ? "" : ": " + describe(cause)), cause);
        }

        private static String describe(Throwable cause) {
            if (cause instanceof WebClientResponseException response) {
                HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
                return "token-vault answered " + (status == null ? response.getStatusCode() : status);
            }
            return cause.getClass().getSimpleName();
        }
    }

    /**
     * token-vault holds the user's Hex MCP grant but could not refresh its access token (Hex's token endpoint was
     * unreachable or failing): retryable, and the user need not sign in again.
     */
    public static final class RefreshFailedException extends TokenVaultException {

        RefreshFailedException(String userKey) {
            super("refreshing the " + HEX_MCP + " token of " + userKey + " at Hex", null);
        }
    }
}
