package dev.hexgate.emulator.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The two JSON error bodies Hex routes answer with. Routes are migrating from the older tsoa shape to the newer
 * one, so each operation declares its style ({@code x-hex-error-style} in the emulator's OpenAPI description) and
 * every error the emulator produces for it — validation, rate limits, injected faults — uses that style.
 */
public enum ErrorStyle {
    /** {@code {"reason": "...", "details"?: "...", "traceId": "..."}}. */
    TSOA,
    /** {@code {"code": "...", "message": "...", "issues": [{"message": "..."}]}}. */
    NEW;

    public static ErrorStyle fromExtension(Object value) {
        return "new".equals(value) ? NEW : TSOA;
    }

    /** The body for {@code status}; {@code messages} become the reason/details or the issues. */
    public Object body(HttpStatus status, List<String> messages, String traceId) {
        if (this == NEW) {
            List<HexApiError.Issue> issues = messages.stream().map(HexApiError.Issue::new).toList();
            return new HexApiError(codeOf(status), messageOf(status), issues);
        }
        String reason = messages.isEmpty() ? status.getReasonPhrase() : messages.get(0);
        String details = messages.size() > 1 ? String.join("; ", messages.subList(1, messages.size())) : null;
        return new TsoaError(reason, details, traceId);
    }

    /** Hex's fixed code per status in the newer shape. */
    static String codeOf(HttpStatus status) {
        switch (status) {
            case BAD_REQUEST: return "BAD_REQUEST";
            case UNAUTHORIZED: return "UNAUTHORIZED";
            case FORBIDDEN: return "FORBIDDEN";
            case NOT_FOUND: return "NOT_FOUND";
            case CONFLICT: return "CONFLICT";
            case UNPROCESSABLE_CONTENT: return "UNPROCESSABLE_CONTENT";
            case TOO_MANY_REQUESTS: return "TOO_MANY_REQUESTS";
            case SERVICE_UNAVAILABLE: return "SERVICE_UNAVAILABLE";
            default: return status.is5xxServerError() ? "INTERNAL_SERVER_ERROR" : status.name();
        }
    }

    static String messageOf(HttpStatus status) {
        switch (status) {
            case BAD_REQUEST: return "Invalid input data";
            case UNAUTHORIZED: return "Authorization not provided";
            case FORBIDDEN: return "Insufficient access";
            case NOT_FOUND: return "Not found";
            case UNPROCESSABLE_CONTENT: return "Unprocessable content";
            case TOO_MANY_REQUESTS: return "Too many requests";
            default: return status.getReasonPhrase();
        }
    }
}
