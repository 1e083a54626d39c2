package dev.hexgate.vault.oauth;

/**
 * The redirect back from the authorization server cannot be used: the user or the server refused
 * ({@link #error()} is the OAuth error code, e.g. {@code access_denied}), or the response failed a check
 * ({@code state} or {@code iss} does not match, no code). Never echo the message to the user as is; it is for logs.
 */
public class AuthorizationResponseException extends OAuthClientException {

    private final String error;

    public AuthorizationResponseException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** The authorization server's error code, or {@code invalid_response} when a check on our side failed. */
    public String error() {
        return error;
    }

    public boolean deniedByUser() {
        return "access_denied".equals(error);
    }
}
