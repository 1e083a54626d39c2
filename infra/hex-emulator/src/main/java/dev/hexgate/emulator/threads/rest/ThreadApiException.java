package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.web.HexApiError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A threads route refusing a request; rendered in Hex's newer error shape by {@link ThreadsErrorAdvice}. */
class ThreadApiException extends RuntimeException {

    private final HttpStatus status;
    private final HexApiError error;

    private ThreadApiException(HttpStatus status, HexApiError error) {
        super(error.message());
        this.status = status;
        this.error = error;
    }

    static ThreadApiException badRequest(String issue) {
        return new ThreadApiException(HttpStatus.BAD_REQUEST, HexApiError.badRequest(issue));
    }

    static ThreadApiException notFound() {
        return new ThreadApiException(HttpStatus.NOT_FOUND, HexApiError.notFound());
    }

    static ThreadApiException forbidden() {
        return new ThreadApiException(HttpStatus.FORBIDDEN,
                new HexApiError("FORBIDDEN", "Insufficient access", List.of()));
    }

    HttpStatus status() {
        return status;
    }

    HexApiError error() {
        return error;
    }
}
