package dev.hexgate.emulator.oauth;

import org.springframework.http.HttpStatus;

/**
 * An OAuth error answered as JSON ({@link OAuthError}). The message is the {@code error_description}, written for
 * client developers; it must never contain a token, code, verifier or secret.
 */
class OAuthException extends RuntimeException {

    private final String error;
    private final HttpStatus status;

    OAuthException(String error, String description) {
        this(error, description, HttpStatus.BAD_REQUEST);
    }

    OAuthException(String error, String description, HttpStatus status) {
        super(description, null, false, false);
        this.error = error;
        this.status = status;
    }

    static OAuthException invalidRequest(String description) {
        return new OAuthException("invalid_request", description);
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException("invalid_grant", description);
    }

    String error() {
        return error;
    }

    HttpStatus status() {
        return status;
    }

    OAuthError body() {
        return new OAuthError(error, getMessage());
    }
}
