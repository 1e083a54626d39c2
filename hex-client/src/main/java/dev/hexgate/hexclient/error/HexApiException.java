package dev.hexgate.hexclient.error;

import java.time.Duration;
import java.util.Optional;

/**
 * Every way a Hex call can fail, as one type: Hex answered with an error status (in any of its three error shapes),
 * or Hex could not be reached or did not answer in time.
 *
 * <p>The message holds Hex's short human-readable reason at most, never the raw body, so it is safe to log. It never
 * holds the token.
 */
public class HexApiException extends RuntimeException {

    /**
     * What kind of failure, so that callers can decide about retries without parsing messages. {@code THROTTLED}:
     * hexgate held the call back itself, to stay within Hex's published per-token limits; Hex was not called.
     */
    public enum Kind { HTTP_STATUS, TIMEOUT, UNREACHABLE, THROTTLED }

    private final Kind kind;
    private final int status;
    private final String errorCode;
    private final String hexReason;
    private final String traceId;
    private final Duration retryAfter;
    private final int attempts;

    public HexApiException(Kind kind, int status, String errorCode, String hexReason, String traceId,
            Duration retryAfter, String message, Throwable cause) {
        this(kind, status, errorCode, hexReason, traceId, retryAfter, message, cause, 1);
    }

    private HexApiException(Kind kind, int status, String errorCode, String hexReason, String traceId,
            Duration retryAfter, String message, Throwable cause, int attempts) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.errorCode = errorCode;
        this.hexReason = hexReason;
        this.traceId = traceId;
        this.retryAfter = retryAfter;
        this.attempts = attempts;
    }

    /** The same failure, noting that it is the last of {@code count} attempts. */
    public HexApiException afterAttempts(int count) {
        HexApiException copy = new HexApiException(kind, status, errorCode, hexReason, traceId, retryAfter,
                getMessage(), getCause(), count);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** How many times the call was sent before giving up with this failure (1 unless it was retried). */
    public int attempts() {
        return attempts;
    }

    public Kind kind() {
        return kind;
    }

    /** Hex's HTTP status, or 0 when Hex did not answer. */
    public int status() {
        return status;
    }

    /** The {@code code} of Hex's newer error shape (e.g. {@code NOT_FOUND}), if Hex sent one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** Hex's own one-line explanation ({@code reason}, or {@code message} + issues), if it sent one. */
    public Optional<String> hexReason() {
        return Optional.ofNullable(hexReason);
    }

    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    /** Hex's {@code Retry-After}, if it sent one (429, 503); for {@code THROTTLED}, when a slot frees up. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Worth trying again later: rate limited, Hex overloaded or down, or no answer. */
    public boolean isTransient() {
        return kind != Kind.HTTP_STATUS || status == 429 || status == 502 || status == 503 || status == 504;
    }
}
