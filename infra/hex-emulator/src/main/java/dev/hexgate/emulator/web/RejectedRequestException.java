package dev.hexgate.emulator.web;

import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * A request a route refuses for a reason its OpenAPI description cannot express (an unknown id, a business rule).
 * Routes just throw it; {@code openapi.RejectedRequestHandler} answers in the error shape the matched operation declares
 * ({@code x-hex-error-style}), so a route never has to know which shape it speaks.
 */
public class RejectedRequestException extends RuntimeException {

    private final HttpStatus status;

    public RejectedRequestException(HttpStatus status, String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.status = Objects.requireNonNull(status, "status");
    }

    public static RejectedRequestException badRequest(String reason) {
        return new RejectedRequestException(HttpStatus.BAD_REQUEST, reason);
    }

    public static RejectedRequestException notFound(String reason) {
        return new RejectedRequestException(HttpStatus.NOT_FOUND, reason);
    }

    public HttpStatus status() {
        return status;
    }

    /** The reason (tsoa) or the single issue (new shape). */
    public List<String> messages() {
        return List.of(getMessage());
    }
}
