package dev.hexgate.emulator.ratelimit;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.openapi.EmulatedOperation;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Enforces Hex's per-token limits on {@code /api/**}: after authentication and request validation (so only valid
 * requests to known operations count), before fault injection and the route. The operation's
 * {@code x-hex-rate-limit-group} picks the limit; over it the request is answered 429 in the operation's error
 * style, with {@code Retry-After} set to the seconds until a slot frees (unless configured off).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class RateLimitFilter implements WebFilter {

    private final RateLimiter limiter;
    private final TooManyRequests tooManyRequests;

    public RateLimitFilter(RateLimiter limiter, TooManyRequests tooManyRequests) {
        this.limiter = limiter;
        this.tooManyRequests = tooManyRequests;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<EmulatedOperation> operation = EmulatedOperation.of(exchange);
        Optional<String> token = BearerTokenFilter.authenticated(exchange).map(t -> t.token());
        if (operation.isEmpty() || token.isEmpty()) {
            return chain.filter(exchange);
        }
        Optional<Duration> wait = limiter.tryAcquire(token.get(), operation.get().rateLimitGroup());
        if (wait.isEmpty()) {
            return chain.filter(exchange);
        }
        Long retryAfter = limiter.settings().retryAfter() ? TooManyRequests.seconds(wait.get()) : null;
        return tooManyRequests.write(exchange, operation.get().errorStyle(), retryAfter);
    }
}
