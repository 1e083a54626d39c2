package dev.hexgate.vault.oauth;

/** Dynamic client registration (RFC 7591) failed; the message carries the server's error code if it sent one. */
public class RegistrationException extends OAuthClientException {

    public RegistrationException(String message) {
        super(message);
    }

    public RegistrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
