package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.web.TsoaError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A run request Hex would refuse for a reason its schema cannot express (state, existence, rules across fields).
 * Answered in the tsoa shape, or as an {@link InvalidParamPayload} when input values are at fault.
 */
class RunRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final List<InvalidParamPayload.InvalidParam> invalid;
    private final List<String> notFound;

    private RunRejectedException(HttpStatus status, String reason, List<InvalidParamPayload.InvalidParam> invalid,
            List<String> notFound) {
        super(reason);
        this.status = status;
        this.invalid = invalid;
        this.notFound = notFound;
    }

    static RunRejectedException notFound(String reason) {
        return new RunRejectedException(HttpStatus.NOT_FOUND, reason, null, null);
    }

    static RunRejectedException unprocessable(String reason) {
        return new RunRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, reason, null, null);
    }

    static RunRejectedException forbidden(String reason) {
        return new RunRejectedException(HttpStatus.FORBIDDEN, reason, null, null);
    }

    static RunRejectedException invalidParams(List<InvalidParamPayload.InvalidParam> invalid, List<String> notFound) {
        return new RunRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input parameters", invalid, notFound);
    }

    HttpStatus status() {
        return status;
    }

    /** The body to answer with, stamped with the request's trace id. */
    Object body(String traceId) {
        if (invalid != null) {
            return new InvalidParamPayload(traceId, invalid, notFound);
        }
        return TsoaError.of(getMessage(), traceId);
    }
}
