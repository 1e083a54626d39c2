package dev.hexgate.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.mcpauth.McpTokenVerifier;
import dev.hexgate.emulator.oauth.OAuthTestClient.Tokens;
import dev.hexgate.emulator.workspace.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** The {@code /mcp} bearer filter with this authorization server's tokens (no MCP server exists in this slice). */
class McpAuthorizationTest extends OAuthHttpTest {

    @Autowired
    private McpTokenVerifier verifier;

    @Test
    void requestWithoutATokenIsChallenged() {
        oauth.callMcp(null).expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer resource_metadata=\"" + publicUrl() + "/.well-known/oauth-protected-resource/mcp\"");
    }

    @Test
    void restApiTokensAndUnknownTokensAreNotAccepted() {
        oauth.callMcp(workspace.workspaceToken().token()).expectStatus().isUnauthorized();
        oauth.callMcp("hxoa_made_up").expectStatus().isUnauthorized();
    }

    @Test
    void accessTokenPassesTheFilterAsItsUser() {
        Tokens tokens = oauth.signIn(PRIYA, "openid");

        oauth.callMcp(tokens.accessToken()).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        assertThat(verifier.verify(tokens.accessToken())).map(User::email).hasValue(PRIYA);
    }

    @Test
    void refreshTokenIsNotAnAccessToken() {
        Tokens tokens = oauth.signIn(PRIYA, "openid offline_access");

        oauth.callMcp(tokens.refreshToken()).expectStatus().isUnauthorized();
    }

    @Test
    void tokenInTheQueryIsNotAccepted() {
        Tokens tokens = oauth.signIn(PRIYA, "openid");

        client.post().uri("/mcp?access_token={t}", tokens.accessToken()).exchange().expectStatus().isUnauthorized();
    }
}
