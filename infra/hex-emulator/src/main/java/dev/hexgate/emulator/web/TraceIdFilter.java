package dev.hexgate.emulator.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a trace id, sent back as the {@code x-trace-id} header and echoed in tsoa error bodies,
 * the way Hex does. Runs first so even the edge's 401 carries the header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceIdFilter implements WebFilter {

    public static final String HEADER = "x-trace-id";
    private static final String ATTRIBUTE = TraceIdFilter.class.getName() + ".traceId";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String traceId = newTraceId();
        exchange.getAttributes().put(ATTRIBUTE, traceId);
        exchange.getResponse().getHeaders().set(HEADER, traceId);
        return chain.filter(exchange);
    }

    /** The current request's trace id (a fresh one if the filter did not run, e.g. in a slice test). */
    public static String traceId(ServerWebExchange exchange) {
        return exchange.getAttributes().computeIfAbsent(ATTRIBUTE, k -> newTraceId()).toString();
    }

    private static String newTraceId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
