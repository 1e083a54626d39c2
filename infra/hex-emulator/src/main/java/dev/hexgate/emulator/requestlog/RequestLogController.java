package dev.hexgate.emulator.requestlog;

import dev.hexgate.emulator.control.ControlPlaneEndpoint;
import dev.hexgate.emulator.control.ControlPlaneInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /_emulator/requests} lists logged requests, newest first, filtered by {@code operationId} (exact),
 * {@code path} (prefix), {@code since} (ISO-8601 instant, inclusive) and {@code limit} (1..capacity, default 100).
 * {@code DELETE /_emulator/requests} empties the log.
 */
@RestController
@ControlPlaneEndpoint
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class RequestLogController {

    static final int DEFAULT_LIMIT = 100;

    private final RequestLog log;

    RequestLogController(RequestLog log) {
        this.log = log;
    }

    @GetMapping("/_emulator/requests")
    RequestList find(
            @RequestParam(required = false) String operationId,
            @RequestParam(required = false) String path,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String limit) {
        return new RequestList(log.find(blankToNull(operationId), blankToNull(path), instant(since), limit(limit)));
    }

    @DeleteMapping("/_emulator/requests")
    ResponseEntity<Void> clear() {
        log.reset();
        return ResponseEntity.noContent().build();
    }

    private int limit(String value) {
        if (value == null || value.isBlank()) {
            return Math.min(DEFAULT_LIMIT, log.capacity());
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= log.capacity()) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ControlPlaneInputException("'limit' must be an integer from 1 to " + log.capacity());
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ControlPlaneInputException("'since' must be an ISO-8601 instant, e.g. 2026-01-31T12:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    record RequestList(List<LoggedRequest> requests) {
    }
}
