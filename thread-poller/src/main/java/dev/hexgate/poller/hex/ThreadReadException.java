package dev.hexgate.poller.hex;

/**
 * A {@code get_thread} that gave no snapshot. The message names the thread and the kind of failure, never a token.
 */
public class ThreadReadException extends RuntimeException {

    /** What the poller does about it. */
    public enum Kind {
        /** The user has no usable Hex MCP credential: ends the wait with AUTHORIZATION_REQUIRED. */
        AUTHORIZATION_REQUIRED,
        /** Hex or token-vault did not answer, or answered 5xx/429: the poll is tried again within the budget. */
        TRANSIENT,
        /** Hex refused the call for good (unknown thread, bad arguments): ends the wait with FAILED. */
        PERMANENT
    }

    private final Kind kind;

    public ThreadReadException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
