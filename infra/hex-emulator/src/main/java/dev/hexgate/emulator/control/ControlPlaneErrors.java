package dev.hexgate.emulator.control;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bad input to any {@code /_emulator/**} route becomes {@code 400 {"message": "..."}} with a message that names
 * the field and what is wrong, so a script author can fix the call without reading the emulator's source. Spring's
 * own rejections (e.g. a body sent as a form, which is what {@code curl -d} does without a content type) get the
 * same body shape.
 */
@RestControllerAdvice(annotations = ControlPlaneEndpoint.class)
class ControlPlaneErrors {

    @ExceptionHandler(ControlPlaneInputException.class)
    ResponseEntity<ControlPlaneError> badInput(ControlPlaneInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ControlPlaneError(e.getMessage()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ControlPlaneError> rejected(ResponseStatusException e) {
        String message = e.getStatusCode().value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()
                ? "Send the body as JSON with Content-Type: application/json"
                : e.getReason() != null ? e.getReason() : e.getStatusCode().toString();
        return ResponseEntity.status(e.getStatusCode()).body(new ControlPlaneError(message));
    }

    /** The control plane's error body. */
    record ControlPlaneError(String message) {
    }
}
