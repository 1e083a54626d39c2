package dev.hexgate.vault.oauth;

/**
 * Anything the OAuth client could not do. Messages name URLs, endpoints and OAuth error codes only: never a token,
 * code, verifier, client secret or {@code state}, so they can be logged and returned as they are.
 */
public class OAuthClientException extends RuntimeException {

    public OAuthClientException(String message) {
        super(message);
    }

    public OAuthClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
