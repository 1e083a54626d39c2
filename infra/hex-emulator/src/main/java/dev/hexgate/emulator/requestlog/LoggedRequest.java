package dev.hexgate.emulator.requestlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One {@code /api/**} or {@code /mcp} request as the request log shows it. Never holds the bearer token: the
 * caller is identified by the email of the user the token acts as and the token's kind.
 *
 * @param time when the request arrived (emulator clock)
 * @param query the raw query string; values that look like Hex API tokens are replaced by {@code [redacted]}
 * @param operationId the Hex operation the request matched; absent when it matched none (and for {@code /mcp})
 * @param user email of the caller; absent when the request was not authenticated
 * @param tokenKind {@code workspace} or {@code personal} (REST tokens), {@code oauth} ({@code /mcp})
 * @param status the status sent; null when no response was sent (a fault dropped the connection, or the client
 *     went away first)
 * @param durationMs from arrival until the response was committed (or abandoned)
 * @param traceId the {@code x-trace-id} of the response
 * @param faults ids of fault rules that fired for the request
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record LoggedRequest(
        Instant time,
        String method,
        String path,
        String query,
        String operationId,
        String user,
        String tokenKind,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer status,
        long durationMs,
        String traceId,
        List<String> faults) {
}
