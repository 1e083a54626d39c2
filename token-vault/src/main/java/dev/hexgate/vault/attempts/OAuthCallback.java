package dev.hexgate.vault.attempts;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.connect.LinkState;
import dev.hexgate.vault.connect.Pages;
import dev.hexgate.vault.grants.AuthorizationGrants;
import dev.hexgate.vault.grants.StoredGrants;
import dev.hexgate.vault.oauth.AuthorizationResponseException;
import dev.hexgate.vault.oauth.HexOAuthClient;
import dev.hexgate.vault.oauth.OAuthClientException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The OAuth callback, at the path of {@code hexgate.token-vault.oauth.redirect-uri} ({@code /oauth/callback/mcp/hex}
 * by default). The state is consumed first: one callback per state, before it expires, and only a state this
 * vault minted names an attempt. Then the response is checked (state, {@code iss}), the code exchanged server-side
 * with the attempt's PKCE verifier, and the grant stored with {@code AuthorizationGranted} in the outbox, in one
 * transaction. A replayed, expired or forged callback, or one where the user declined, gets a page that says so and
 * stores nothing. Neither the code, the state nor Hex's error text is shown or logged.
 */
@Configuration(proxyBeanMethods = false)
class OAuthCallback {

    private static final Logger log = LoggerFactory.getLogger(OAuthCallback.class);

    private final AuthorizationAttempts attempts;
    private final HexMcpDiscovery discovery;
    private final HexOAuthClient oauth;
    private final AuthorizationGrants grants;

    OAuthCallback(AuthorizationAttempts attempts, HexMcpDiscovery discovery, HexOAuthClient oauth,
            AuthorizationGrants grants) {
        this.attempts = attempts;
        this.discovery = discovery;
        this.oauth = oauth;
        this.grants = grants;
    }

    @Bean
    RouterFunction<ServerResponse> oauthCallbackRoute() {
        String path = oauth.settings().redirectUri().getRawPath();
        return RouterFunctions.route(RequestPredicates.GET(path.isEmpty() ? "/" : path),
                request -> callback(request).flatMap(OAuthCallback::response));
    }

    Mono<ResponseEntity<String>> callback(ServerRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>(request.queryParams().toSingleValueMap());
        String state = parameters.get("state");
        return Blocking.call(() -> attempts.consumeState(state)).flatMap(consumed -> {
            if (!consumed.valid()) {
                return Mono.just(invalid(consumed.status()));
            }
            CallbackAttempt callback = consumed.attempt();
            Attempt attempt = callback.attempt();
            if (parameters.containsKey("error")) {
                boolean denied = "access_denied".equals(parameters.get("error"));
                log.info("authorization attempt {} of user {}: Hex answered {}", attempt.id(), attempt.userKey(),
                        denied ? "access_denied" : "an error");
                return end(attempt, denied ? "denied" : "failed", denied
                        ? Pages.authorizationProblem(HttpStatus.BAD_REQUEST, "Hex was not connected",
                                "You did not allow hexgate to use your Hex account.")
                        : Pages.authorizationProblem(HttpStatus.BAD_REQUEST, "Hex was not connected",
                                "Hex did not grant access."));
            }
            return discovery.server()
                    .flatMap(server -> {
                        String code = oauth.authorizationCode(server, state, parameters);
                        return oauth.exchangeCode(server, callback.client(), code, callback.codeVerifier())
                                .flatMap(tokens -> Blocking.call(() -> {
                                    grants.hexMcpGranted(attempt, StoredGrants.grant(server, callback.client(),
                                            tokens));
                                    log.info("authorization attempt {}: user {} connected Hex MCP", attempt.id(),
                                            attempt.userKey());
                                    return Pages.hexConnected();
                                }));
                    })
                    .onErrorResume(AuthorizationResponseException.class, e -> {
                        log.info("authorization attempt {} of user {}: refused the authorization response: {}",
                                attempt.id(), attempt.userKey(), e.getMessage());
                        return end(attempt, "failed", Pages.authorizationProblem(HttpStatus.BAD_REQUEST,
                                "Hex was not connected", "The answer from Hex did not match this request."));
                    })
                    .onErrorResume(OAuthClientException.class, e -> {
                        log.warn("authorization attempt {} of user {}: the code exchange failed: {}", attempt.id(),
                                attempt.userKey(), e.getMessage());
                        return end(attempt, "failed", Pages.authorizationProblem(HttpStatus.BAD_GATEWAY,
                                "Hex was not connected", "Hex did not accept the authorization."));
                    });
        });
    }

    private Mono<ResponseEntity<String>> end(Attempt attempt, String outcome, ResponseEntity<String> page) {
        return Blocking.call(() -> {
            attempts.complete(attempt.id(), outcome);
            return page;
        });
    }

    private static ResponseEntity<String> invalid(LinkState.Status status) {
        return switch (status) {
            case USED -> Pages.authorizationProblem(HttpStatus.GONE, "This authorization was already used",
                    "This authorization answer was already used. Each one works once.");
            case EXPIRED -> Pages.authorizationProblem(HttpStatus.GONE, "This authorization has expired",
                    "This authorization took too long and has expired.");
            default -> Pages.authorizationProblem(HttpStatus.BAD_REQUEST, "This is not a valid authorization",
                    "This is not an answer to an authorization hexgate started.");
        };
    }

    private static Mono<ServerResponse> response(ResponseEntity<String> page) {
        return ServerResponse.status(page.getStatusCode())
                .headers(headers -> headers.addAll(page.getHeaders()))
                .bodyValue(page.getBody() == null ? "" : page.getBody());
    }
}
