package dev.hexgate.vault.apikeys;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.access.JsonErrors;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /internal/api-keys/verify {"apiKey":…}} → {@code {"user":…,"id":…}}, or 401
 * {@code {"error":"invalid_api_key"}} for an unknown or revoked key. (A 401 for a missing or wrong service token
 * has {@code "error":"unauthorized"} instead: callers must not take that for an answer about the key.)
 */
@RestController
class ApiKeyVerifyController {

    record VerifyRequest(String apiKey) {
        @Override
        public String toString() {
            return "VerifyRequest[apiKey=***]";
        }
    }

    private final ApiKeys keys;

    ApiKeyVerifyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/internal/api-keys/verify")
    Mono<ResponseEntity<Map<String, Object>>> verify(@RequestBody(required = false) VerifyRequest request) {
        String apiKey = request == null ? null : request.apiKey();
        return Blocking.call(() -> keys.verify(apiKey).orElse(null))
                .map(key -> ResponseEntity.ok(Map.<String, Object>of("user", key.user(), "id", key.id().toString())))
                .defaultIfEmpty(JsonErrors.entity(HttpStatus.UNAUTHORIZED, "invalid_api_key",
                        "unknown or revoked API key"));
    }
}
