package dev.hexgate.emulator.ratelimit;

import dev.hexgate.emulator.web.ErrorResponses;
import dev.hexgate.emulator.web.ErrorStyle;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Hex's 429 answer: {@code {"reason":"Too many requests","traceId":"…"}} on tsoa routes,
 * {@code {"code":"TOO_MANY_REQUESTS","message":"Too many requests","issues":[]}} on new-style routes, optionally
 * with {@code Retry-After} in whole seconds. No quota headers: Hex sends none. Shared by the rate limiter and
 * injected 429 faults, so both look the same to a client.
 */
@Component
public class TooManyRequests {

    private static final String REASON = "Too many requests";

    private final ErrorResponses errors;

    public TooManyRequests(ErrorResponses errors) {
        this.errors = errors;
    }

    /** Writes the 429; {@code retryAfterSeconds} null means no {@code Retry-After} header. */
    public Mono<Void> write(ServerWebExchange exchange, ErrorStyle style, Long retryAfterSeconds) {
        if (retryAfterSeconds != null) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        // The tsoa reason carries the text; the newer shape has it as its fixed message, with no issues.
        List<String> messages = style == ErrorStyle.TSOA ? List.of(REASON) : List.of();
        return errors.write(exchange, HttpStatus.TOO_MANY_REQUESTS, style, messages);
    }

    /** A wait as {@code Retry-After} seconds: rounded up, so a client that waits that long finds a free slot. */
    static long seconds(Duration wait) {
        long millis = wait.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
