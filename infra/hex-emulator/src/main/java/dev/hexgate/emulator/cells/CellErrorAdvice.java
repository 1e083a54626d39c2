package dev.hexgate.emulator.cells;

import dev.hexgate.emulator.web.HexApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/** Every cells route answers errors in Hex's newer {@code {code, message, issues}} shape. */
@RestControllerAdvice(basePackageClasses = CellErrorAdvice.class)
class CellErrorAdvice {

    @ExceptionHandler(CellRuleException.class)
    ResponseEntity<HexApiError> ruleBroken(CellRuleException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(HexApiError.badRequest(e.getMessage()));
    }

    @ExceptionHandler(CellNotFoundException.class)
    ResponseEntity<HexApiError> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(HexApiError.notFound());
    }

    /** A body the description let through but Jackson could not bind; should not happen, but stay in shape. */
    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<HexApiError> unreadable(ServerWebInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(HexApiError.badRequest(e.getReason()));
    }
}
