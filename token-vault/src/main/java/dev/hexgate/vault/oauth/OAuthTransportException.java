package dev.hexgate.vault.oauth;

/**
 * An HTTP exchange failed before an OAuth answer could be read: connection refused, timeout, a response too large,
 * or a status and body that are not an OAuth response. Usually transient.
 */
public class OAuthTransportException extends OAuthClientException {

    public OAuthTransportException(String message) {
        super(message);
    }

    public OAuthTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
