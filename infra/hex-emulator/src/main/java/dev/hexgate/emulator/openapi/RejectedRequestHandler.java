package dev.hexgate.emulator.openapi;

import dev.hexgate.emulator.web.ErrorStyle;
import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.web.TraceIdFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Renders {@link RejectedRequestException} in the error style of the operation the request was matched to (tsoa
 * when no operation matched, as for most of Hex's older routes).
 */
@RestControllerAdvice
class RejectedRequestHandler {

    @ExceptionHandler(RejectedRequestException.class)
    ResponseEntity<Object> rejected(RejectedRequestException e, ServerWebExchange exchange) {
        ErrorStyle style = EmulatedOperation.of(exchange).map(EmulatedOperation::errorStyle).orElse(ErrorStyle.TSOA);
        return ResponseEntity.status(e.status())
                .body(style.body(e.status(), e.messages(), TraceIdFilter.traceId(exchange)));
    }
}
