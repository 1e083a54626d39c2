package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authorization request, the consent page answered headlessly, the redirect's checks and the code exchange,
 * ending in an MCP {@code tools/list} with the access token through the official MCP Java client.
 */
class EmulatorAuthorizationTest {

    private final EmulatorOAuth emulator = new EmulatorOAuth();

    @Test
    void theAuthorizationUrlCarriesPkceS256StateResourceAndOfflineAccess() throws NoSuchAlgorithmException {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        String state = EmulatorOAuth.newState();

        PreparedAuthorization request = emulator.oauth.prepareAuthorization(server, client, state);

        URI url = request.authorizationUrl();
        assertThat(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath())
                .isEqualTo(server.authorizationEndpoint().toString());
        Map<String, String> query = AuthorizationRequests.parameters(url);
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", client.clientId())
                .containsEntry("redirect_uri", EmulatorOAuth.REDIRECT_URI.toString())
                .containsEntry("state", state)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("resource", emulator.baseUrl + "/mcp");
        assertThat(query.get("scope").split(" ")).containsExactly("openid", "profile", "email", "offline_access");
        // RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))), no padding.
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(request.codeVerifier().getBytes(StandardCharsets.US_ASCII));
        assertThat(query.get("code_challenge"))
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        assertThat(request.codeVerifier()).hasSizeBetween(43, 128);
        assertThat(emulator.oauth.prepareAuthorization(server, client, state).codeVerifier())
                .as("a new verifier for every request").isNotEqualTo(request.codeVerifier());
        assertThat(request.toString()).doesNotContain(state, request.codeVerifier(), client.clientId());
    }

    @Test
    void theUserApprovesAndTheCodeBecomesTokensThatListHexToolsOverMcp() {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        String state = EmulatorOAuth.newState();
        PreparedAuthorization request = emulator.oauth.prepareAuthorization(server, client, state);

        URI callback = emulator.browser.approveAs(request.authorizationUrl(), EmulatorOAuth.PRIYA);
        assertThat(callback.toString()).startsWith(EmulatorOAuth.REDIRECT_URI + "?");
        String code = emulator.oauth.authorizationCode(server, state, callback);
        Instant before = Instant.now();
        OAuthTokens tokens = emulator.oauth.exchangeCode(server, client, code, request.codeVerifier())
                .block(EmulatorOAuth.WAIT);

        assertThat(tokens.issuer()).isEqualTo(server.issuer());
        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.refreshToken()).as("offline_access was granted").isNotBlank();
        assertThat(tokens.scopes()).contains("offline_access");
        // The emulator's access tokens live 10 minutes.
        assertThat(tokens.expiresAt()).isBetween(before.plus(Duration.ofMinutes(10)).minusSeconds(1),
                Instant.now().plus(Duration.ofMinutes(10)).plusSeconds(1));
        assertThat(tokens.expiresWithin(Duration.ofMinutes(1), Instant.now())).isFalse();
        assertThat(tokens.toString()).doesNotContain(tokens.accessToken(), tokens.refreshToken());

        List<String> tools = McpCalls.toolNames(emulator.mcpUrl, tokens.accessToken());
        assertThat(tools).contains("create_thread", "get_thread", "continue_thread", "get_me");
    }

    @Test
    void aCodeIsExchangedOnlyOnce() {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        String state = EmulatorOAuth.newState();
        PreparedAuthorization request = emulator.oauth.prepareAuthorization(server, client, state);
        String code = emulator.oauth.authorizationCode(server, state,
                emulator.browser.approveAs(request.authorizationUrl(), EmulatorOAuth.PRIYA));
        OAuthTokens tokens = emulator.oauth.exchangeCode(server, client, code, request.codeVerifier())
                .block(EmulatorOAuth.WAIT);

        assertThatThrownBy(() -> emulator.oauth.exchangeCode(server, client, code, request.codeVerifier())
                .block(EmulatorOAuth.WAIT))
                .isInstanceOf(InvalidGrantException.class)
                .hasMessageNotContaining(code)
                .hasMessageNotContaining(request.codeVerifier());
        // The replay revoked what the first exchange issued (OAuth 2.1 §4.1.3).
        assertThat(McpCalls.initializeStatus(emulator.mcpUrl, tokens.accessToken())).isEqualTo(401);
    }

    @Test
    void aWrongVerifierIsRefusedAndLeavesTheCodeUsable() {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        String state = EmulatorOAuth.newState();
        PreparedAuthorization request = emulator.oauth.prepareAuthorization(server, client, state);
        PreparedAuthorization other = emulator.oauth.prepareAuthorization(server, client, state);
        String code = emulator.oauth.authorizationCode(server, state,
                emulator.browser.approveAs(request.authorizationUrl(), EmulatorOAuth.PRIYA));

        assertThatThrownBy(() -> emulator.oauth.exchangeCode(server, client, code, other.codeVerifier())
                .block(EmulatorOAuth.WAIT))
                .isInstanceOf(InvalidGrantException.class);
        assertThat(emulator.oauth.exchangeCode(server, client, code, request.codeVerifier())
                .block(EmulatorOAuth.WAIT).accessToken()).isNotBlank();
    }

    @Test
    void aDeniedConsentComesBackAsAccessDenied() {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        String state = EmulatorOAuth.newState();
        PreparedAuthorization request = emulator.oauth.prepareAuthorization(server, client, state);

        URI callback = emulator.browser.deny(request.authorizationUrl());

        assertThatThrownBy(() -> emulator.oauth.authorizationCode(server, state, callback))
                .isInstanceOfSatisfying(AuthorizationResponseException.class, e -> {
                    assertThat(e.error()).isEqualTo("access_denied");
                    assertThat(e.deniedByUser()).isTrue();
                });
    }

    @Test
    void aRedirectWithAnotherStateOrIssuerIsRefused() {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        String state = EmulatorOAuth.newState();
        PreparedAuthorization request = emulator.oauth.prepareAuthorization(server, client, state);
        Map<String, String> callback = AuthorizationRequests.parameters(
                emulator.browser.approveAs(request.authorizationUrl(), EmulatorOAuth.PRIYA));
        assertThat(callback).containsEntry("iss", server.issuer()).containsEntry("state", state);

        assertThatThrownBy(() -> emulator.oauth.authorizationCode(server, EmulatorOAuth.newState(), callback))
                .isInstanceOfSatisfying(AuthorizationResponseException.class,
                        e -> assertThat(e.error()).isEqualTo("invalid_response"))
                .hasMessageContaining("state")
                .hasMessageNotContaining(state);

        Map<String, String> mixedUp = new HashMap<>(callback);
        mixedUp.put("iss", "https://auth.evil.example");
        assertThatThrownBy(() -> emulator.oauth.authorizationCode(server, state, mixedUp))
                .isInstanceOf(AuthorizationResponseException.class)
                .hasMessageContaining("RFC 9207");

        // The emulator promises iss (authorization_response_iss_parameter_supported): a redirect without it fails.
        Map<String, String> unnamed = new HashMap<>(callback);
        unnamed.remove("iss");
        assertThatThrownBy(() -> emulator.oauth.authorizationCode(server, state, unnamed))
                .isInstanceOf(AuthorizationResponseException.class);

        assertThat(emulator.oauth.authorizationCode(server, state, callback)).isEqualTo(callback.get("code"));
    }
}
