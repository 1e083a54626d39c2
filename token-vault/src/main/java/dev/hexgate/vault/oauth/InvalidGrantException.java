package dev.hexgate.vault.oauth;

/**
 * {@code invalid_grant}: the authorization code or refresh token is expired, revoked, already used or was issued to
 * another client. For a refresh token this is final — delete the stored credential and ask the user to authorize
 * again (with rotating refresh tokens a replay even revokes the whole grant).
 */
public class InvalidGrantException extends TokenRequestException {

    public InvalidGrantException(String grant, String description) {
        super(grant, "invalid_grant", description);
    }
}
