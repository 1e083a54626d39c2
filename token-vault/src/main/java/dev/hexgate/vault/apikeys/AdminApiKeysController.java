package dev.hexgate.vault.apikeys;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.access.JsonErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The admin API for gateway API keys (admin token, see {@code AdminApiFilter}):
 * <ul>
 *   <li>{@code POST /admin/api-keys {"user":"alice"}} → 201 {@code {"apiKey":"hxg_…","id":…,"user":…,"createdAt":…}};
 *       the key is in this answer only.</li>
 *   <li>{@code GET /admin/api-keys} → {@code {"apiKeys":[{"id","user","origin","createdAt","lastUsedAt","revoked",
 *       "revokedAt"}]}}; never a key.</li>
 *   <li>{@code DELETE /admin/api-keys/{id}} → 200 with the revoked key's listing, 404 when there is none.</li>
 * </ul>
 */
@RestController
@RequestMapping("/admin/api-keys")
class AdminApiKeysController {

    private static final Logger log = LoggerFactory.getLogger(AdminApiKeysController.class);

    record IssueRequest(String user) {
    }

    private final ApiKeys keys;

    AdminApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    Mono<ResponseEntity<Map<String, Object>>> issue(@RequestBody(required = false) IssueRequest request) {
        if (request == null || !ApiKeys.isValidUser(request.user())) {
            return Mono.just(JsonErrors.entity(HttpStatus.BAD_REQUEST, "invalid_user",
                    "user is 1 to 128 letters, digits and . _ @ + -, starting with a letter or digit"));
        }
        return Blocking.call(() -> keys.issue(request.user())).map(issued -> {
            log.info("issued API key {} for user {}", issued.id(), issued.user());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("apiKey", issued.apiKey());
            body.put("id", issued.id().toString());
            body.put("user", issued.user());
            body.put("createdAt", issued.createdAt().toString());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        });
    }

    @GetMapping
    Mono<ResponseEntity<Map<String, Object>>> list() {
        return Blocking.call(keys::list).map(all -> {
            List<Map<String, Object>> listed = all.stream().map(AdminApiKeysController::listing).toList();
            return ResponseEntity.ok(Map.of("apiKeys", listed));
        });
    }

    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Map<String, Object>>> revoke(@PathVariable String id) {
        UUID keyId;
        try {
            keyId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return Mono.just(JsonErrors.entity(HttpStatus.NOT_FOUND, "not_found", "no API key has this id"));
        }
        return Blocking.call(() -> keys.revoke(keyId).orElse(null))
                .map(revoked -> {
                    log.info("revoked API key {} of user {}", revoked.id(), revoked.user());
                    return ResponseEntity.ok(listing(revoked));
                })
                .defaultIfEmpty(JsonErrors.entity(HttpStatus.NOT_FOUND, "not_found", "no API key has this id"));
    }

    private static Map<String, Object> listing(ApiKeyView key) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", key.id().toString());
        row.put("user", key.user());
        row.put("origin", key.origin());
        row.put("createdAt", key.createdAt().toString());
        row.put("lastUsedAt", key.lastUsedAt() == null ? null : key.lastUsedAt().toString());
        row.put("revoked", key.revoked());
        row.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        return row;
    }
}
