package dev.hexgate.emulator.openapi;

import dev.hexgate.emulator.web.ErrorStyle;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * The Hex operation a request was matched to in the emulator's OpenAPI description, with the per-operation
 * behaviour the description declares. {@link RequestValidationFilter} stores it on the exchange; the rate limiter,
 * fault injector and request log read it from there.
 *
 * @param operationId Hex's operation id, e.g. {@code RunProject}
 * @param errorStyle the error body this route answers with
 * @param validationStatus the status for a request the description rejects
 * @param rateLimitGroup {@code hex-api}, {@code run-project} or {@code none}
 */
public record EmulatedOperation(
        String operationId, ErrorStyle errorStyle, HttpStatus validationStatus, String rateLimitGroup) {

    public static final String ATTRIBUTE = EmulatedOperation.class.getName();

    static EmulatedOperation of(String operationId, Map<String, Object> extensions) {
        Map<String, Object> ext = extensions == null ? Map.of() : extensions;
        Object status = ext.getOrDefault("x-hex-validation-status", 400);
        return new EmulatedOperation(
                operationId,
                ErrorStyle.fromExtension(ext.get("x-hex-error-style")),
                HttpStatus.valueOf(Integer.parseInt(status.toString())),
                String.valueOf(ext.getOrDefault("x-hex-rate-limit-group", "none")));
    }

    public static Optional<EmulatedOperation> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
