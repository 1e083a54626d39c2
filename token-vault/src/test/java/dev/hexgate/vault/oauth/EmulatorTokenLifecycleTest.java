package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.vault.oauth.EmulatorOAuth.SignedIn;
import org.junit.jupiter.api.Test;

/** After sign-in: refresh with rotation, the typed outcome of a dead grant, and revocation. */
class EmulatorTokenLifecycleTest {

    private final EmulatorOAuth emulator = new EmulatorOAuth();

    @Test
    void refreshRotatesTheRefreshTokenAndTheNewAccessTokenWorks() {
        SignedIn signedIn = emulator.signIn(EmulatorOAuth.PRIYA);
        OAuthTokens first = signedIn.tokens();

        OAuthTokens refreshed = emulator.oauth.refresh(signedIn.server(), signedIn.client(), first)
                .block(EmulatorOAuth.WAIT);

        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThat(refreshed.accessToken()).isNotBlank().isNotEqualTo(first.accessToken());
        assertThat(refreshed.scopes()).containsExactlyInAnyOrderElementsOf(first.scopes());
        assertThat(refreshed.expiresAt()).isAfterOrEqualTo(first.expiresAt());
        assertThat(McpCalls.toolNames(emulator.mcpUrl, refreshed.accessToken())).contains("create_thread");

        // The rotated token refreshes again; each rotation replaces the one before.
        OAuthTokens again = emulator.oauth.refresh(signedIn.server(), signedIn.client(), refreshed)
                .block(EmulatorOAuth.WAIT);
        assertThat(again.refreshToken()).isNotEqualTo(refreshed.refreshToken());
    }

    @Test
    void aReplayedRefreshTokenIsInvalidGrantAndEndsTheGrant() {
        SignedIn signedIn = emulator.signIn(EmulatorOAuth.PRIYA);
        OAuthTokens first = signedIn.tokens();
        OAuthTokens rotated = emulator.oauth.refresh(signedIn.server(), signedIn.client(), first)
                .block(EmulatorOAuth.WAIT);

        assertThatThrownBy(() -> emulator.oauth.refresh(signedIn.server(), signedIn.client(), first)
                .block(EmulatorOAuth.WAIT))
                .isInstanceOfSatisfying(InvalidGrantException.class,
                        e -> assertThat(e.error()).isEqualTo("invalid_grant"))
                .hasMessageNotContaining(first.refreshToken());

        // Reuse detection: the whole family is revoked, the rotated tokens included.
        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, rotated.accessToken())).isEqualTo(401);
        assertThatThrownBy(() -> emulator.oauth.refresh(signedIn.server(), signedIn.client(), rotated)
                .block(EmulatorOAuth.WAIT))
                .isInstanceOf(InvalidGrantException.class);
    }

    @Test
    void revokingTheUsersTokensMakesMcpRejectTheAccessToken() {
        SignedIn signedIn = emulator.signIn(EmulatorOAuth.PRIYA);
        OAuthTokens tokens = signedIn.tokens();
        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, tokens.accessToken())).isEqualTo(200);

        RevocationResult result = emulator.oauth.revoke(signedIn.server(), signedIn.client(), tokens)
                .block(EmulatorOAuth.WAIT);

        assertThat(result).isEqualTo(RevocationResult.REVOKED);
        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, tokens.accessToken())).isEqualTo(401);
        assertThatThrownBy(() -> emulator.oauth.refresh(signedIn.server(), signedIn.client(), tokens)
                .block(EmulatorOAuth.WAIT))
                .isInstanceOf(InvalidGrantException.class);
    }

    @Test
    void revokingOnlyTheAccessTokenLeavesTheRefreshTokenUsable() {
        SignedIn signedIn = emulator.signIn(EmulatorOAuth.PRIYA);
        OAuthTokens tokens = signedIn.tokens();

        assertThat(emulator.oauth.revoke(signedIn.server(), signedIn.client(), tokens.accessToken(),
                TokenKind.ACCESS_TOKEN).block(EmulatorOAuth.WAIT)).isEqualTo(RevocationResult.REVOKED);

        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, tokens.accessToken())).isEqualTo(401);
        OAuthTokens renewed = emulator.oauth.refresh(signedIn.server(), signedIn.client(), tokens)
                .block(EmulatorOAuth.WAIT);
        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, renewed.accessToken())).isEqualTo(200);
    }

    @Test
    void withoutARevocationEndpointRevocationIsNotSupported() {
        SignedIn signedIn = emulator.signIn(EmulatorOAuth.PRIYA);
        DiscoveredServer server = signedIn.server();
        DiscoveredServer noRevocation = new DiscoveredServer(server.mcpUrl(), server.resource(),
                server.resourceMetadataUrl(), server.issuer(), server.authorizationEndpoint(), server.tokenEndpoint(),
                server.registrationEndpoint(), null, server.tokenEndpointAuthMethods(), server.scopes(),
                server.issuerInAuthorizationResponse());

        assertThat(emulator.oauth.revoke(noRevocation, signedIn.client(), signedIn.tokens())
                .block(EmulatorOAuth.WAIT)).isEqualTo(RevocationResult.NOT_SUPPORTED);
        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, signedIn.tokens().accessToken())).isEqualTo(200);
    }

    @Test
    void aClientTheServerNoLongerKnowsIsInvalidClient() {
        SignedIn signedIn = emulator.signIn(EmulatorOAuth.PRIYA);
        ClientRegistration client = signedIn.client();
        ClientRegistration forgotten = new ClientRegistration(client.issuer(), "unknown-" + client.clientId(), null,
                "none", client.redirectUri(), client.registeredAt(), null);

        assertThatThrownBy(() -> emulator.oauth.refresh(signedIn.server(), forgotten, signedIn.tokens())
                .block(EmulatorOAuth.WAIT))
                .isInstanceOf(InvalidClientException.class);
    }
}
