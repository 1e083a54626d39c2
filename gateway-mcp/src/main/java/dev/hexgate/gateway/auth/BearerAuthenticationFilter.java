package dev.hexgate.gateway.auth;

import java.nio.charset.StandardCharsets;
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
 * challenge (RFC 6750 §3) before any MCP processing, so an unauthenticated request cannot open a session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BearerAuthenticationFilter implements WebFilter {

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
                .flatMap(caller -> {
                    exchange.getAttributes().put(CALLER_ATTRIBUTE, caller);
                    return chain.filter(exchange).then(Mono.just(true));
                })
                .switchIfEmpty(Mono.defer(() -> reject(exchange.getResponse(),
                        "Bearer realm=\"hexgate\", error=\"invalid_token\", "
                                + "error_description=\"unknown or revoked API key\"",
                        "unknown or revoked API key").then(Mono.just(false))))
                .then();
    }

    private static Mono<Void> reject(ServerHttpResponse response, String challenge, String message) {
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body = ("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
