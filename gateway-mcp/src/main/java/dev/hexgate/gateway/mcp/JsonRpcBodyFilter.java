package dev.hexgate.gateway.mcp;

import dev.hexgate.contracts.codec.EventCodec;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Answers a POST to {@code /mcp} whose body is not JSON-RPC with a JSON-RPC error (parse error -32700, invalid
 * request -32600) before it reaches the SDK transport, which would otherwise serialise its internal exception,
 * stack trace included, into the response. Bodies over {@link #MAX_BODY_BYTES} are refused with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class JsonRpcBodyFilter implements WebFilter {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST
                || !request.getPath().pathWithinApplication().value().equals(McpServerConfiguration.ENDPOINT)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> {
                    String problem = problemWith(body);
                    if (problem != null) {
                        return reject(exchange.getResponse(), HttpStatus.BAD_REQUEST, problem);
                    }
                    return chain.filter(exchange.mutate().request(replay(request, body, exchange)).build());
                })
                .onErrorResume(DataBufferLimitException.class, e -> reject(exchange.getResponse(),
                        HttpStatus.PAYLOAD_TOO_LARGE, "-32600|request body larger than " + MAX_BODY_BYTES + " bytes"));
    }

    /** Null when the body is a JSON-RPC message (or batch); otherwise "code|message". */
    private static String problemWith(byte[] body) {
        JsonNode json;
        try {
            json = EventCodec.mapper().readTree(body);
        } catch (JacksonException e) {
            return "-32700|Parse error: the body is not valid JSON";
        }
        if (json == null || json.isMissingNode()) {
            return "-32700|Parse error: the body is empty";
        }
        if (json.isArray()) {
            for (JsonNode message : json) {
                if (!isMessage(message)) {
                    return "-32600|Invalid Request: a batch item is not a JSON-RPC 2.0 message";
                }
            }
            return json.isEmpty() ? "-32600|Invalid Request: empty batch" : null;
        }
        return isMessage(json) ? null : "-32600|Invalid Request: expected a JSON-RPC 2.0 message";
    }

    private static boolean isMessage(JsonNode node) {
        return node.isObject() && "2.0".equals(node.path("jsonrpc").asString(null))
                && (node.has("method") || node.has("result") || node.has("error"));
    }

    private static ServerHttpRequest replay(ServerHttpRequest request, byte[] body, ServerWebExchange exchange) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private static Mono<Void> reject(ServerHttpResponse response, HttpStatus status, String problem) {
        int bar = problem.indexOf('|');
        String code = problem.substring(0, bar);
        String message = problem.substring(bar + 1).replace("\"", "'");
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] json = ("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":" + code + ",\"message\":\"" + message
                + "\"}}").getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json)));
    }
}
