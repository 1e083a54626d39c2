package dev.hexgate.emulator.ratelimit;

import dev.hexgate.emulator.control.ControlPlaneEndpoint;
import dev.hexgate.emulator.control.ControlPlaneJson;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET/PUT /_emulator/rate-limits}: the {@link RateLimitSettings} in force, with the same field names as the
 * yml settings. A PUT may name only the fields it changes. Changing limits keeps the requests already counted, so
 * lowering a limit bites at once; {@code POST /_emulator/reset} restores the configured settings and forgets counts.
 */
@RestController
@ControlPlaneEndpoint
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class RateLimitControlController {

    private final RateLimiter limiter;

    RateLimitControlController(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @GetMapping("/_emulator/rate-limits")
    JsonNode current() {
        return ControlPlaneJson.tree(limiter.settings());
    }

    @PutMapping("/_emulator/rate-limits")
    JsonNode change(@RequestBody(required = false) String body) {
        RateLimitSettings changed = ControlPlaneJson.merge(limiter.settings(), body, RateLimitSettings.class);
        limiter.set(changed);
        return ControlPlaneJson.tree(changed);
    }
}
