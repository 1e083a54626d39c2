package dev.hexgate.gateway.auth;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets only callers with a known API key reach {@code /mcp}. Others get 401 with a {@code WWW-Authenticate}
 * challenge (RFC 6750 §3) before any MCP processing, so an unauthenticated request cannot open a session. When the
 * key cannot be checked (token-vault unreachable), 503 with {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BearerAuthenticationFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerAuthenticationFilter.class);

    /** Exchange attribute holding the {@link Caller} for the MCP transport context. */
    public static final String CALLER_ATTRIBUTE = Caller.class.getName();

    private static final String MCP_PATH = "/mcp";
    private static final String BEARER = "Bearer ";

    private final ApiKeyAuthenticator authenticator;

    public BearerAuthenticationFilter(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.equals(MCP_PATH) && !path.startsWith(MCP_PATH + "/")) {
            return chain.filter(exchange);
        }
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return reject(exchange.getResponse(), "Bearer realm=\"hexgate\"",
                    "missing API key: send Authorization: Bearer <api key>");
        }
        String apiKey = authorization.substring(BEARER.length()).trim();
        return authenticator.authenticate(apiKey)
                .map(Check::known)
                .defaultIfEmpty(Check.UNKNOWN)
                .onErrorResume(ApiKeyCheckUnavailableException.class, e -> {
                    log.warn("cannot check an API key now: {}", e.getMessage());
                    return Mono.just(Check.UNAVAILABLE);
                })
                .flatMap(check -> {
                    if (check.caller() != null) {
                        exchange.getAttributes().put(CALLER_ATTRIBUTE, check.caller());
                        return chain.filter(exchange);
                    }
                    if (check.unavailable()) {
                        return unavailable(exchange.getResponse());
                    }
                    return reject(exchange.getResponse(), "Bearer realm=\"hexgate\", error=\"invalid_token\", "
                            + "error_description=\"unknown or revoked API key\"", "unknown or revoked API key");
                });
    }

    /** The outcome of a key check: a caller, an unknown key, or no answer to be had right now. */
    private record Check(Caller caller, boolean unavailable) {
        static final Check UNKNOWN = new Check(null, false);
        static final Check UNAVAILABLE = new Check(null, true);

        static Check known(Caller caller) {
            return new Check(caller, false);
        }
    }

    /** The key may well be good: say so, rather than 401, which clients take as "get a new key". */
    private static Mono<Void> unavailable(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body = "{\"error\":\"unavailable\",\"message\":\"API keys cannot be checked right now; try again shortly\"}"
                .getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static Mono<Void> reject(ServerHttpResponse response, String challenge, String message) {
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body = ("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
