package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.web.HexApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Errors of the threads routes, all in Hex's newer {@code {code, message, issues}} shape. Request validation turns
 * away malformed JSON and wrong content types before a route runs; the two fallbacks keep the shape should a body
 * ever pass the description and still fail to bind, instead of Spring's own error JSON, which no Hex client parses.
 */
@RestControllerAdvice(basePackageClasses = ThreadsErrorAdvice.class)
class ThreadsErrorAdvice {

    @ExceptionHandler(ThreadApiException.class)
    ResponseEntity<HexApiError> refused(ThreadApiException e) {
        return ResponseEntity.status(e.status()).body(e.error());
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<HexApiError> unreadableBody(ServerWebInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(HexApiError.badRequest("The request body must be a JSON object"));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<HexApiError> wrongContentType(UnsupportedMediaTypeStatusException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(HexApiError.badRequest("The request body must be application/json"));
    }
}
