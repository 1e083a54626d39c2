package dev.hexgate.emulator.auth;

import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
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
 * Hex's edge authentication for {@code /api/**}: the request needs {@code Authorization: Bearer <token>} with a
 * seeded token, otherwise it is answered 401 with the plain-text body {@code Unauthorized} (not JSON) before
 * any route runs, which is what clients see from real Hex. The accepted token is stored on the exchange for
 * routes that act as its user (see {@link #caller(ServerWebExchange)}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BearerTokenFilter implements WebFilter {

    private static final String CALLER = BearerTokenFilter.class.getName() + ".caller";
    private static final String SCHEME = "Bearer ";
    private static final byte[] UNAUTHORIZED = "Unauthorized".getBytes(StandardCharsets.UTF_8);
    private static final MediaType TEXT_PLAIN_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final Workspace workspace;

    public BearerTokenFilter(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            return chain.filter(exchange);
        }
        Optional<ApiToken> token = bearerToken(exchange.getRequest().getHeaders()).flatMap(workspace::token);
        if (token.isEmpty()) {
            return unauthorized(exchange.getResponse());
        }
        exchange.getAttributes().put(CALLER, token.get());
        return chain.filter(exchange);
    }

    /** The token the current {@code /api/**} request was authenticated with. */
    public static ApiToken caller(ServerWebExchange exchange) {
        ApiToken token = exchange.getAttribute(CALLER);
        if (token == null) {
            throw new IllegalStateException("No authenticated caller on this exchange");
        }
        return token;
    }

    /** The token of an authenticated {@code /api/**} request; empty before this filter ran or for other paths. */
    public static Optional<ApiToken> authenticated(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(CALLER));
    }

    private static Optional<String> bearerToken(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.AUTHORIZATION);
        // The auth scheme is case-insensitive (RFC 9110); the token itself is not.
        if (value == null || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = value.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static Mono<Void> unauthorized(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().setContentType(TEXT_PLAIN_UTF8);
        response.getHeaders().setContentLength(UNAUTHORIZED.length);
        DataBuffer body = response.bufferFactory().wrap(UNAUTHORIZED);
        return response.writeWith(Mono.just(body));
    }
}
