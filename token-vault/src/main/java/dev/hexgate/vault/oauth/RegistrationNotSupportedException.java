package dev.hexgate.vault.oauth;

/**
 * The authorization server has no {@code registration_endpoint}: a client has to be registered by hand and its id
 * configured ({@link HexOAuthClient#preRegistered}).
 */
public class RegistrationNotSupportedException extends RegistrationException {

    public RegistrationNotSupportedException(String issuer) {
        super("The authorization server " + issuer + " does not offer dynamic client registration "
                + "(no registration_endpoint); a pre-registered client is needed");
    }
}
