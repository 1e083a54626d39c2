package dev.hexgate.vault.oauth;

/**
 * {@code invalid_client} (or {@code unauthorized_client}): the authorization server no longer knows or accepts the
 * registered client. Register again ({@link HexOAuthClient#register}); tokens issued to the old client are lost.
 */
public class InvalidClientException extends TokenRequestException {

    public InvalidClientException(String grant, String error, String description) {
        super(grant, error, description);
    }
}
