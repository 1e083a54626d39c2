package dev.hexgate.emulator.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Hex's older ("tsoa") error body, {@code {"reason": "...", "details"?: "...", "traceId"?: "..."}}, used by
 * ListProjects and most write routes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TsoaError(String reason, String details, String traceId) {

    public static TsoaError of(String reason, String traceId) {
        return new TsoaError(reason, null, traceId);
    }
}
