package dev.hexgate.vault.oauth;

/**
 * The token endpoint answered with an OAuth error (RFC 6749 §5.2) other than the ones with their own type
 * ({@link InvalidGrantException}, {@link InvalidClientException}). The description is the authorization server's
 * own text, which never contains the grant we sent.
 */
public class TokenRequestException extends OAuthClientException {

    private final String error;

    public TokenRequestException(String grant, String error, String description) {
        super("The " + grant + " request was refused: " + error
                + (description == null || description.isBlank() ? "" : " (" + description + ")"));
        this.error = error;
    }

    /** The OAuth error code, e.g. {@code invalid_request}, {@code invalid_target}. */
    public String error() {
        return error;
    }
}
