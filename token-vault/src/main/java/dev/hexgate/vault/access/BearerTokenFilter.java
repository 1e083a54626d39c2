package dev.hexgate.vault.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets a request under one path prefix through only with one of a set of bearer tokens; others get 401 with a JSON
 * error and a {@code WWW-Authenticate} challenge, before any controller runs. The name the token was configured
 * under goes into an exchange attribute.
 */
abstract class BearerTokenFilter implements WebFilter {

    private static final String BEARER = "Bearer ";

    private final String pathPrefix;
    private final String realm;
    private final BearerTokens tokens;
    private final String callerAttribute;

    BearerTokenFilter(String pathPrefix, String realm, BearerTokens tokens, String callerAttribute) {
        this.pathPrefix = pathPrefix;
        this.realm = realm;
        this.tokens = tokens;
        this.callerAttribute = callerAttribute;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.equals(pathPrefix) && !path.startsWith(pathPrefix + "/")) {
            return chain.filter(exchange);
        }
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return reject(exchange, "Bearer realm=\"" + realm + "\"", missingMessage());
        }
        return tokens.match(authorization.substring(BEARER.length()).trim())
                .map(name -> {
                    exchange.getAttributes().put(callerAttribute, name);
                    return chain.filter(exchange);
                })
                .orElseGet(() -> reject(exchange, "Bearer realm=\"" + realm + "\", error=\"invalid_token\"",
                        wrongMessage()));
    }

    abstract String missingMessage();

    abstract String wrongMessage();

    private static Mono<Void> reject(ServerWebExchange exchange, String challenge, String message) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return JsonErrors.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthorized", message);
    }
}
