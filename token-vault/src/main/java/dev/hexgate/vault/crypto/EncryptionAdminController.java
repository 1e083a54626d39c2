package dev.hexgate.vault.crypto;

import dev.hexgate.vault.Blocking;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /admin/encryption/sweep} (admin token): runs the re-encryption sweep now rather than at its next
 * scheduled time, e.g. right after switching the active key, and answers
 * {@code {"activeKeyId","reEncrypted","failed","remaining"}}.
 */
@RestController
class EncryptionAdminController {

    private final ReEncryptionSweep sweep;

    EncryptionAdminController(ReEncryptionSweep sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/admin/encryption/sweep")
    Mono<ResponseEntity<Map<String, Object>>> sweep() {
        return Blocking.call(sweep::sweep).map(result -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("activeKeyId", result.activeKeyId());
            body.put("reEncrypted", result.reEncrypted());
            body.put("failed", result.failed());
            body.put("remaining", result.remaining());
            return ResponseEntity.ok(body);
        });
    }
}
