package dev.hexgate.contracts.events;

/** Why a command failed, coarse enough for a caller to decide what to do next. */
public enum FailureCode {
    /** The arguments were rejected (by us or by Hex with 400/422). */
    INVALID_ARGUMENTS,
    /** Hex has no such object (404). */
    NOT_FOUND,
    /** The credential is not allowed to do this (403). */
    FORBIDDEN,
    /** Hex rejected the credential (401). */
    UNAUTHORIZED,
    /**
     * Hex kept answering 429 beyond the retry budget, or hexgate held the call back to stay within Hex's published
     * per-token limits (then Hex was not called).
     */
    RATE_LIMITED,
    /** Hex failed (5xx) or could not be reached. */
    HEX_UNAVAILABLE,
    /** The user has no usable credential; see {@link CommandFailed#authorizationUrl()}. */
    AUTHORIZATION_REQUIRED,
    /** The command arrived after its deadline and was not executed. */
    DEADLINE_EXCEEDED,
    /** The operation is not known to this service. */
    UNSUPPORTED_OPERATION,
    /**
     * A change was sent to Hex, but whether Hex made it is unknown (the answer was lost, or the service stopped
     * before recording it) and Hex offers no way to find out. hexgate does not send it again; the message says what
     * to check in Hex before retrying.
     */
    OUTCOME_UNKNOWN,
    /** Anything else; the message says what. */
    INTERNAL
}
