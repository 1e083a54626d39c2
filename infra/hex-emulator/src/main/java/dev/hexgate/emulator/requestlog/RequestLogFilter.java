package dev.hexgate.emulator.requestlog;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.faults.FaultInjectionFilter;
import dev.hexgate.emulator.mcpauth.McpCaller;
import dev.hexgate.emulator.openapi.EmulatedOperation;
import dev.hexgate.emulator.web.TraceIdFilter;
import dev.hexgate.emulator.workspace.ApiToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Records every {@code /api/**} and {@code /mcp} request in the {@link RequestLog}. It runs outside authentication
 * so rejected credentials (401) are logged too, and takes the status when the response is committed — which also
 * covers answers from rate limits, faults and Spring's error handling after the filter chain. Who called, which
 * operation and which faults fired are read from the exchange attributes the inner filters set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class RequestLogFilter implements WebFilter {

    /** Hex API tokens in a query string (clients should never send them there, but if they do, never log them). */
    private static final Pattern TOKEN_IN_QUERY = Pattern.compile("hxt[pw]_[^&]*");

    private final RequestLog log;
    private final Clock clock;

    public RequestLogFilter(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!isLogged(path)) {
            return chain.filter(exchange);
        }
        Instant arrived = clock.instant();
        long started = System.nanoTime();
        AtomicBoolean recorded = new AtomicBoolean();
        exchange.getResponse().beforeCommit(() -> {
            if (!FaultInjectionFilter.dropped(exchange) && recorded.compareAndSet(false, true)) {
                HttpStatusCode status = exchange.getResponse().getStatusCode();
                record(exchange, arrived, started, status == null ? 200 : status.value());
            }
            return Mono.empty();
        });
        return chain.filter(exchange).doFinally(signal -> {
            // Everything that is answered is recorded at commit (errors included: Spring's error handling commits
            // after this filter). What never commits — a dropped connection, a client that went away — is
            // recorded here, without a status.
            if ((FaultInjectionFilter.dropped(exchange) || signal == SignalType.CANCEL)
                    && recorded.compareAndSet(false, true)) {
                record(exchange, arrived, started, null);
            }
        });
    }

    static boolean isLogged(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/mcp") || path.startsWith("/mcp/");
    }

    private void record(ServerWebExchange exchange, Instant arrived, long started, Integer status) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<ApiToken> token = BearerTokenFilter.authenticated(exchange);
        Optional<McpCaller> mcpCaller = McpCaller.from(exchange.getAttributes());
        String user = token.map(ApiToken::user)
                .or(() -> mcpCaller.map(c -> c.user().email()))
                .orElse(null);
        String kind = token.map(t -> t.kind().wireName())
                .or(() -> mcpCaller.map(c -> "oauth"))
                .orElse(null);
        String query = request.getURI().getRawQuery();
        List<String> faults = FaultInjectionFilter.appliedFaults(exchange);
        log.record(new LoggedRequest(
                arrived,
                request.getMethod().name(),
                request.getPath().pathWithinApplication().value(),
                query == null || query.isEmpty() ? null : TOKEN_IN_QUERY.matcher(query).replaceAll("[redacted]"),
                EmulatedOperation.of(exchange).map(EmulatedOperation::operationId).orElse(null),
                user,
                kind,
                status,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                TraceIdFilter.traceId(exchange),
                faults.isEmpty() ? null : faults));
    }
}
