package dev.hexgate.vault.access;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error shape of token-vault's JSON APIs: {@code {"error": "<code>", "message": "<for people>", …}}. Messages
 * never hold a secret.
 */
public final class JsonErrors {

    private static final JsonMapper JSON = JsonMapper.shared();

    private JsonErrors() {
    }

    public static ResponseEntity<Map<String, Object>> entity(HttpStatus status, String error, String message) {
        return entity(status, error, message, Map.of());
    }

    public static ResponseEntity<Map<String, Object>> entity(HttpStatus status, String error, String message,
            Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.putAll(more);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** For filters, which answer before any controller. */
    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String error, String message) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
