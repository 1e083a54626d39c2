package dev.hexgate.emulator.openapi;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.hexgate.emulator.web.ErrorResponses;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks every authenticated {@code /api/**} request against the emulator's OpenAPI description before a route
 * runs, so what Hex's schema validation would reject is rejected here too — with the operation's status and error
 * shape — and routes only hold the rules a schema cannot express. Requests the description does not know pass
 * through untouched (Spring answers 404/405 for them).
 *
 * <p>The matched {@link EmulatedOperation} is stored on the exchange first, so later filters (rate limits, faults,
 * the request log) know which Hex operation they are looking at.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestValidationFilter implements WebFilter {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}";

    private final OpenApiDescription description;
    private final ErrorResponses errors;

    public RequestValidationFilter(OpenApiDescription description, ErrorResponses errors) {
        this.description = description;
        this.errors = errors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Optional<EmulatedOperation> operation = description.operation(request.getMethod().name(), path);
        if (operation.isEmpty()) {
            return chain.filter(exchange);
        }
        exchange.getAttributes().put(EmulatedOperation.ATTRIBUTE, operation.get());
        return DataBufferUtils.join(request.getBody())
                .map(RequestValidationFilter::drain)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> {
                    ValidationReport report = description.validator().validateRequest(toValidatorRequest(request, path, body));
                    if (report.hasErrors()) {
                        List<String> messages = report.getMessages().stream()
                                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                                .map(RequestValidationFilter::describe)
                                .toList();
                        return errors.write(exchange, operation.get().validationStatus(), operation.get().errorStyle(),
                                messages);
                    }
                    return chain.filter(exchange.mutate().request(replayBody(exchange, body)).build());
                });
    }

    /**
     * The validator's message, prefixed with what it is about (a parameter name or a body pointer such as
     * {@code /inputParams}) when the message does not already say, so a caller can tell which input to fix.
     */
    static String describe(ValidationReport.Message message) {
        // The schema library reports a failed UUID pattern as the raw regex; say what is wrong instead.
        String text = message.getMessage().contains(UUID_PATTERN) ? "must be a UUID" : message.getMessage();
        Optional<String> subject = message.getContext().flatMap(context -> context.getParameter()
                .map(p -> p.getName())
                .or(() -> context.getPointers().map(ValidationReport.MessageContext.Pointers::getInstance)
                        .filter(pointer -> !pointer.isEmpty())));
        return subject.filter(s -> !text.contains("'" + s + "'") && !text.contains("\"" + s + "\""))
                .map(s -> s + ": " + text)
                .orElse(text);
    }

    private static Request toValidatorRequest(ServerHttpRequest request, String path, byte[] body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().name(), path);
        request.getHeaders().forEach(builder::withHeader);
        request.getQueryParams().forEach(builder::withQueryParam);
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** Downstream routes read the body again, so hand them the bytes already read. */
    private static ServerHttpRequest replayBody(ServerWebExchange exchange, byte[] body) {
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty()
                        : Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private static byte[] drain(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
