package dev.hexgate.emulator.oauth;

import static dev.hexgate.emulator.oauth.OAuthTestClient.ALL_SCOPES;
import static dev.hexgate.emulator.oauth.OAuthTestClient.REDIRECT_URI;
import static dev.hexgate.emulator.oauth.OAuthTestClient.assertOAuthError;
import static dev.hexgate.emulator.oauth.OAuthTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.oauth.OAuthTestClient.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RevocationTest extends OAuthHttpTest {

    @Test
    void revokingAnAccessTokenLocksItOutOfMcpOnly() {
        Tokens tokens = oauth.signIn(MAYA, ALL_SCOPES);

        oauth.revoke("token", tokens.accessToken(), "token_type_hint", "access_token", "client_id",
                tokens.clientId()).expectStatus().isOk().expectBody().isEmpty();

        oauth.callMcp(tokens.accessToken()).expectStatus().isUnauthorized();
        String refreshedAccess = json(oauth.refresh(tokens.clientId(), tokens.refreshToken()), HttpStatus.OK)
                .get("access_token").asString();
        oauth.callMcp(refreshedAccess).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
    }

    @Test
    void revokingARefreshTokenRevokesItsAccessTokensToo() {
        Tokens tokens = oauth.signIn(MAYA, ALL_SCOPES);

        oauth.revoke("token", tokens.refreshToken(), "client_id", tokens.clientId()).expectStatus().isOk();

        assertOAuthError(oauth.refresh(tokens.clientId(), tokens.refreshToken()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
        oauth.callMcp(tokens.accessToken()).expectStatus().isUnauthorized();
    }

    @Test
    void unknownAndAlreadyRevokedTokensAreFine() {
        Tokens tokens = oauth.signIn(MAYA, "openid");

        oauth.revoke("token", "hxoa_unknown", "client_id", tokens.clientId()).expectStatus().isOk();
        oauth.revoke("token", tokens.accessToken(), "client_id", tokens.clientId()).expectStatus().isOk();
        oauth.revoke("token", tokens.accessToken(), "client_id", tokens.clientId(), "token_type_hint",
                "refresh_token").expectStatus().isOk();
    }

    @Test
    void anotherClientCannotRevokeTheToken() {
        Tokens tokens = oauth.signIn(MAYA, "openid");
        String otherClient = oauth.registerPublicClient(REDIRECT_URI);

        oauth.revoke("token", tokens.accessToken(), "client_id", otherClient).expectStatus().isOk();

        oauth.callMcp(tokens.accessToken()).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
    }

    @Test
    void malformedRequestsAreErrors() {
        Tokens tokens = oauth.signIn(MAYA, "openid");

        assertOAuthError(oauth.revoke("client_id", tokens.clientId()), HttpStatus.BAD_REQUEST, "invalid_request");
        assertOAuthError(oauth.revoke("token", tokens.accessToken()), HttpStatus.BAD_REQUEST, "invalid_client");
        assertOAuthError(oauth.revoke("token", tokens.accessToken(), "client_id", "nobody"), HttpStatus.BAD_REQUEST,
                "invalid_client");
        oauth.callMcp(tokens.accessToken()).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
    }
}
