package dev.hexgate.emulator.faults;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.mcpauth.McpCaller;
import dev.hexgate.emulator.openapi.EmulatedOperation;
import dev.hexgate.emulator.ratelimit.TooManyRequests;
import dev.hexgate.emulator.web.ErrorResponses;
import dev.hexgate.emulator.web.ErrorStyle;
import dev.hexgate.emulator.workspace.ApiToken;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

/**
 * Applies the control plane's {@link FaultRules} to authenticated {@code /api/**} and {@code /mcp} requests, after
 * validation and rate limiting and before the route: adds latency (a Reactor delay, no thread waits) before the
 * route or between the route and its answer ({@link HeldResponse}), answers with a status in the operation's error
 * style (tsoa for paths no operation serves), or closes the connection without a response.
 * Without rules (the normal case, and always when the control plane is off) it only passes requests on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
public class FaultInjectionFilter implements WebFilter {

    private static final String APPLIED = FaultInjectionFilter.class.getName() + ".applied";
    private static final String DROPPED = FaultInjectionFilter.class.getName() + ".dropped";

    private final FaultRules rules;
    private final ErrorResponses errors;
    private final TooManyRequests tooManyRequests;

    public FaultInjectionFilter(FaultRules rules, ErrorResponses errors, TooManyRequests tooManyRequests) {
        this.rules = rules;
        this.errors = errors;
        this.tooManyRequests = tooManyRequests;
    }

    /** Ids of the fault rules that fired for this request, in order (empty if none). */
    public static List<String> appliedFaults(ServerWebExchange exchange) {
        List<String> ids = exchange.getAttribute(APPLIED);
        return ids == null ? List.of() : ids;
    }

    /** Whether a fault closed this request's connection instead of answering it. */
    public static boolean dropped(ServerWebExchange exchange) {
        return Boolean.TRUE.equals(exchange.getAttribute(DROPPED));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<ApiToken> token = BearerTokenFilter.authenticated(exchange);
        // MCP callers (OAuth) can be faulted by method and path too, so that clients of Hex's MCP server can meet
        // its outages; rules naming an API token never match them.
        boolean mcpCaller = exchange.getAttribute(McpCaller.ATTRIBUTE) != null;
        if (token.isEmpty() && !mcpCaller) {
            return chain.filter(exchange);
        }
        Optional<EmulatedOperation> operation = EmulatedOperation.of(exchange);
        FaultTarget target = new FaultTarget(exchange.getRequest().getMethod().name(),
                exchange.getRequest().getPath().pathWithinApplication().value(),
                operation.map(EmulatedOperation::operationId).orElse(null), token.map(ApiToken::token).orElse(null));
        Optional<FaultDecision> decision = rules.decide(target);
        if (decision.isEmpty()) {
            return chain.filter(exchange);
        }
        exchange.getAttributes().put(APPLIED, decision.get().ruleIds());
        ErrorStyle style = operation.map(EmulatedOperation::errorStyle).orElse(ErrorStyle.TSOA);
        ServerWebExchange held = decision.get().answerDelay().isZero() ? exchange
                : exchange.mutate().response(new HeldResponse(exchange.getResponse(), decision.get().answerDelay()))
                        .build();
        Mono<Void> outcome = Mono.defer(() -> apply(decision.get().answer(), style, held, chain));
        return decision.get().delay().isZero() ? outcome : Mono.delay(decision.get().delay()).then(outcome);
    }

    private Mono<Void> apply(FaultSpec answer, ErrorStyle style, ServerWebExchange exchange, WebFilterChain chain) {
        if (answer == null) {
            return chain.filter(exchange);
        }
        if (answer.drop() != null) {
            return drop(exchange);
        }
        if (answer.status() == HttpStatus.TOO_MANY_REQUESTS.value() && answer.message() == null) {
            return tooManyRequests.write(exchange, style, answer.retryAfter());
        }
        if (answer.retryAfter() != null) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfter()));
        }
        List<String> messages = answer.message() == null ? List.of() : List.of(answer.message());
        return errors.write(exchange, HttpStatus.valueOf(answer.status()), style, messages);
    }

    /**
     * Closes the TCP connection under the request, so the client sees what a crashed server or a cut network
     * looks like (no status line at all). Needs Reactor Netty, the server the emulator always runs on.
     */
    private static Mono<Void> drop(ServerWebExchange exchange) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
        if (!(nativeRequest instanceof HttpServerRequest)) {
            return Mono.error(new IllegalStateException("Dropping a connection needs Reactor Netty, not "
                    + nativeRequest.getClass().getName()));
        }
        exchange.getAttributes().put(DROPPED, Boolean.TRUE);
        return Mono.create(sink -> ((HttpServerRequest) nativeRequest).withConnection(
                connection -> connection.channel().close().addListener(closed -> sink.success())));
    }
}
