package dev.hexgate.emulator.oauth;

import static dev.hexgate.emulator.oauth.OAuthTestClient.ALL_SCOPES;
import static dev.hexgate.emulator.oauth.OAuthTestClient.REDIRECT_URI;
import static dev.hexgate.emulator.oauth.OAuthTestClient.authorizeParams;
import static dev.hexgate.emulator.oauth.OAuthTestClient.query;
import static dev.hexgate.emulator.oauth.OAuthTestClient.redirectOf;
import static dev.hexgate.emulator.oauth.OAuthTestClient.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.oauth.OAuthTestClient.PkcePair;
import dev.hexgate.emulator.workspace.User;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

class AuthorizationEndpointTest extends OAuthHttpTest {

    @Autowired
    private OAuthSettings settings;

    private String clientId;
    private PkcePair pkce;

    @BeforeEach
    void registerClient() {
        clientId = oauth.registerPublicClient(REDIRECT_URI);
        pkce = PkcePair.create();
    }

    @AfterEach
    void restoreSettings() {
        settings.reset();
    }

    @Test
    void consentPageNamesTheClientScopesAndEveryUserChoice() {
        String page = oauth.consentPage(authorizeParams(clientId, pkce, "s1", ALL_SCOPES));

        assertThat(page).contains("Test MCP client", workspace.org().name());
        assertThat(page).contains("<code>openid</code>", "<code>profile</code>", "<code>email</code>",
                "<code>offline_access</code>");
        for (User user : workspace.users()) {
            assertThat(page).contains("name=\"user\" value=\"" + user.email() + "\"");
        }
        assertThat(page).contains("<form method=\"post\" action=\"authorize/decision\">",
                "name=\"decision\" value=\"approve\">Approve</button>",
                "name=\"decision\" value=\"deny\">Deny</button>");
        assertThat(requestId(page)).hasSizeGreaterThanOrEqualTo(43);
        // The form posts only the opaque request id, never the parameters it was validated with.
        assertThat(page).doesNotContain(pkce.challenge(), clientId, "name=\"state\"", "name=\"redirect_uri\"");
    }

    @Test
    void consentPageIsNeitherCachedNorFramed() {
        oauth.authorize(authorizeParams(clientId, pkce, "s1", "openid")).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void consentPageListsOnlyRequestedScopes() {
        String page = oauth.consentPage(authorizeParams(clientId, pkce, "s1", "openid email"));

        assertThat(page).contains("<code>openid</code>", "<code>email</code>")
                .doesNotContain("<code>offline_access</code>", "<code>profile</code>");
    }

    @Test
    void escapesEverythingTheClientChose() {
        String redirect = "http://localhost:9876/cb?a=1&b='x'";
        String evilClient = oauth.web().post().uri("/oauth2/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"client_name\": \"<script>alert('x')</script> & Co\", \"redirect_uris\": [\""
                        + redirect + "\"]}")
                .exchange().expectStatus().isCreated()
                .expectBody(tools.jackson.databind.JsonNode.class).returnResult().getResponseBody()
                .get("client_id").asString();
        Map<String, String> params = authorizeParams(evilClient, pkce, "s1", "openid");
        params.put("redirect_uri", redirect);

        String page = oauth.consentPage(params);

        assertThat(page).doesNotContain("<script>", "b='x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .contains("a=1&amp;b=&#39;x&#39;");
    }

    @Test
    void approvingRedirectsWithCodeStateAndIssuer() {
        String page = oauth.consentPage(authorizeParams(clientId, pkce, "xyz-123", ALL_SCOPES));

        URI callback = redirectOf(oauth.decide(requestId(page), PRIYA, "approve"));

        assertThat(callback.toString()).startsWith(REDIRECT_URI + "?");
        Map<String, String> params = query(callback);
        assertThat(params.keySet()).containsExactly("code", "state", "iss");
        assertThat(params.get("code")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(params).containsEntry("state", "xyz-123").containsEntry("iss", publicUrl());
    }

    @Test
    void stateIsEchoedExactlyEvenWithReservedCharacters() {
        String state = "a b&c=d/é+%?";
        String page = oauth.consentPage(authorizeParams(clientId, pkce, state, "openid"));

        Map<String, String> params = query(redirectOf(oauth.decide(requestId(page), MAYA, "approve")));

        assertThat(params).containsEntry("state", state);
    }

    @Test
    void stateIsOptional() {
        Map<String, String> request = authorizeParams(clientId, pkce, "unused", "openid");
        request.remove("state");
        String page = oauth.consentPage(request);

        Map<String, String> params = query(redirectOf(oauth.decide(requestId(page), MAYA, "approve")));

        assertThat(params.keySet()).containsExactly("code", "iss");
    }

    @Test
    void registeredQueryIsKeptOnTheRedirect() {
        String redirect = "http://localhost:9876/cb?tenant=7";
        String id = oauth.registerPublicClient(redirect);
        Map<String, String> request = authorizeParams(id, pkce, "s", "openid");
        request.put("redirect_uri", redirect);

        URI callback = redirectOf(oauth.decide(requestId(oauth.consentPage(request)), MAYA, "approve"));

        assertThat(callback.toString()).startsWith(redirect + "&code=");
        assertThat(query(callback)).containsEntry("tenant", "7").containsKey("code");
    }

    @Test
    void denyingRedirectsWithAccessDenied() {
        String page = oauth.consentPage(authorizeParams(clientId, pkce, "s-deny", ALL_SCOPES));

        Map<String, String> params = query(redirectOf(oauth.decide(requestId(page), MAYA, "deny")));

        assertThat(params).containsEntry("error", "access_denied").containsEntry("state", "s-deny")
                .containsEntry("iss", publicUrl()).doesNotContainKey("code");
        assertThat(params.get("error_description")).isNotBlank();
    }

    @Test
    void aConsentRequestCanBeAnsweredOnce() {
        String id = requestId(oauth.consentPage(authorizeParams(clientId, pkce, "s", "openid")));
        redirectOf(oauth.decide(id, MAYA, "approve"));

        assertErrorPage(oauth.decide(id, MAYA, "approve"));
    }

    @Test
    void unknownConsentRequestIsAnErrorPage() {
        assertErrorPage(oauth.decide("no-such-request", MAYA, "approve"));
    }

    @Test
    void approvingAsAnUnknownUserIsAnErrorPage() {
        String id = requestId(oauth.consentPage(authorizeParams(clientId, pkce, "s", "openid")));

        assertErrorPage(oauth.decide(id, "nobody@fernbrook.example", "approve"));
    }

    @Test
    void anAnswerThatIsNeitherApproveNorDenyIsAnErrorPage() {
        String id = requestId(oauth.consentPage(authorizeParams(clientId, pkce, "s", "openid")));

        assertErrorPage(oauth.decide(id, MAYA, "maybe"));
    }

    @Test
    void unknownClientIsAnErrorPageNotARedirect() {
        assertErrorPage(oauth.authorize(authorizeParams("no-such-client", pkce, "s", "openid")));
    }

    @Test
    void missingClientIdIsAnErrorPage() {
        Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
        params.remove("client_id");

        assertErrorPage(oauth.authorize(params));
    }

    @Test
    void redirectUriMustMatchARegisteredOneExactly() {
        for (String other : new String[] {"https://evil.example/cb", REDIRECT_URI + "/", REDIRECT_URI + "?x=1",
                "HTTP://localhost:9876/oauth/callback", "http://localhost:9877/oauth/callback"}) {
            Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
            params.put("redirect_uri", other);

            assertErrorPage(oauth.authorize(params));
        }
    }

    @Test
    void redirectUriMayBeOmittedOnlyWhenOneIsRegistered() {
        Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
        params.remove("redirect_uri");
        URI callback = redirectOf(oauth.decide(requestId(oauth.consentPage(params)), MAYA, "approve"));
        assertThat(callback.toString()).startsWith(REDIRECT_URI + "?code=");

        String twoRedirects = oauth.register("{\"redirect_uris\": [\"" + REDIRECT_URI
                        + "\", \"http://localhost:9876/other\"]}")
                .expectStatus().isCreated().expectBody(tools.jackson.databind.JsonNode.class).returnResult()
                .getResponseBody().get("client_id").asString();
        Map<String, String> ambiguous = authorizeParams(twoRedirects, pkce, "s", "openid");
        ambiguous.remove("redirect_uri");
        assertErrorPage(oauth.authorize(ambiguous));
    }

    @Test
    void missingCodeChallengeGoesBackToTheClient() {
        Map<String, String> params = authorizeParams(clientId, pkce, "s-pkce", "openid");
        params.remove("code_challenge");

        assertErrorRedirect(params, "invalid_request", "s-pkce");
    }

    @Test
    void plainOrMissingChallengeMethodIsRefused() {
        Map<String, String> plain = authorizeParams(clientId, pkce, "s", "openid");
        plain.put("code_challenge_method", "plain");
        assertErrorRedirect(plain, "invalid_request", "s");

        Map<String, String> missing = authorizeParams(clientId, pkce, "s", "openid");
        missing.remove("code_challenge_method");
        assertErrorRedirect(missing, "invalid_request", "s");
    }

    @Test
    void malformedChallengeIsRefused() {
        Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
        params.put("code_challenge", "too-short");

        assertErrorRedirect(params, "invalid_request", "s");
    }

    @Test
    void onlyTheCodeResponseTypeIsSupported() {
        Map<String, String> token = authorizeParams(clientId, pkce, "s", "openid");
        token.put("response_type", "token");
        assertErrorRedirect(token, "unsupported_response_type", "s");

        Map<String, String> missing = authorizeParams(clientId, pkce, "s", "openid");
        missing.remove("response_type");
        assertErrorRedirect(missing, "invalid_request", "s");
    }

    @Test
    void unknownScopeIsRefused() {
        assertErrorRedirect(authorizeParams(clientId, pkce, "s", "openid projects:write"), "invalid_scope", "s");
    }

    @Test
    void scopeDefaultsWhenOmitted() {
        Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
        params.remove("scope");

        assertThat(oauth.consentPage(params)).contains("<code>openid</code>", "<code>profile</code>",
                "<code>email</code>").doesNotContain("<code>offline_access</code>");
    }

    @Test
    void resourceMustBeTheMcpEndpoint() {
        Map<String, String> wrong = authorizeParams(clientId, pkce, "s", "openid");
        wrong.put("resource", publicUrl() + "/mcp/");
        assertErrorRedirect(wrong, "invalid_target", "s");

        Map<String, String> right = authorizeParams(clientId, pkce, "s", "openid");
        right.put("resource", publicUrl() + "/mcp");
        oauth.consentPage(right);
    }

    @Test
    void promptNoneWithoutAutoApproveIsConsentRequired() {
        Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
        params.put("prompt", "none");

        assertErrorRedirect(params, "consent_required", "s");
    }

    @Test
    void autoApproveSkipsThePageUnlessConsentIsPrompted() {
        settings.set(settings.current().withAutoApproveUser(PRIYA));

        Map<String, String> params = query(redirectOf(oauth.authorize(authorizeParams(clientId, pkce, "auto",
                "openid"))));
        assertThat(params).containsKey("code").containsEntry("state", "auto").containsEntry("iss", publicUrl());

        Map<String, String> prompted = authorizeParams(clientId, pkce, "s", "openid");
        prompted.put("prompt", "consent");
        oauth.consentPage(prompted);
    }

    @Test
    void repeatedParametersAreRefused() {
        String uri = ("/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
                + REDIRECT_URI + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256"
                + "&scope=openid&state=s&scope=email");
        Map<String, String> params = query(redirectOf(client.get().uri(uri).exchange()));
        assertThat(params).containsEntry("error", "invalid_request").containsEntry("state", "s");

        String twoClients = ("/oauth2/authorize?response_type=code&client_id=" + clientId + "&client_id="
                + clientId + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256");
        assertErrorPage(client.get().uri(twoClients).exchange());
    }

    private void assertErrorRedirect(Map<String, String> request, String error, String state) {
        URI callback = redirectOf(oauth.authorize(request));
        assertThat(callback.toString()).startsWith(REDIRECT_URI + "?");
        Map<String, String> params = query(callback);
        assertThat(params).containsEntry("error", error).containsEntry("state", state)
                .containsEntry("iss", publicUrl()).doesNotContainKey("code");
        assertThat(params.get("error_description")).isNotBlank();
    }

    private static void assertErrorPage(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<String> result = response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult();
        assertThat(result.getResponseHeaders().getLocation()).isNull();
        assertThat(result.getResponseBody()).contains("<h1>Authorization error</h1>");
    }
}
