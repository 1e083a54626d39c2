package dev.hexgate.emulator.oauth;

import static dev.hexgate.emulator.oauth.OAuthTestClient.ALL_SCOPES;
import static dev.hexgate.emulator.oauth.OAuthTestClient.REDIRECT_URI;
import static dev.hexgate.emulator.oauth.OAuthTestClient.assertOAuthError;
import static dev.hexgate.emulator.oauth.OAuthTestClient.authorizeParams;
import static dev.hexgate.emulator.oauth.OAuthTestClient.json;
import static dev.hexgate.emulator.oauth.OAuthTestClient.query;
import static dev.hexgate.emulator.oauth.OAuthTestClient.redirectOf;
import static dev.hexgate.emulator.oauth.OAuthTestClient.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.oauth.OAuthTestClient.PkcePair;
import dev.hexgate.emulator.oauth.OAuthTestClient.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class TokenEndpointTest extends OAuthHttpTest {

    @Test
    void exchangesTheCodeWithPkceForOpaqueTokens() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, PRIYA, ALL_SCOPES);

        JsonNode body = json(oauth.exchangeCode(clientId, code, pkce.verifier())
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().valueEquals(HttpHeaders.PRAGMA, "no-cache")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON), HttpStatus.OK);

        assertThat(body.propertyNames()).containsExactlyInAnyOrder(
                "access_token", "token_type", "expires_in", "refresh_token", "scope");
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(600);
        assertThat(body.get("scope").asString()).isEqualTo("openid profile email offline_access");
        // 256 random bits, base64url: 43 characters after the prefix.
        assertThat(body.get("access_token").asString()).matches("hxoa_[A-Za-z0-9_-]{43}");
        assertThat(body.get("refresh_token").asString()).matches("hxor_[A-Za-z0-9_-]{43}");
        oauth.callMcp(body.get("access_token").asString()).expectStatus()
                .value(status -> assertThat(status).isNotEqualTo(401));
    }

    @Test
    void refreshTokenOnlyWithOfflineAccess() {
        Tokens tokens = oauth.signIn(MAYA, "openid email");

        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.accessToken()).startsWith("hxoa_");
    }

    @Test
    void wrongVerifierIsInvalidGrantAndLeavesTheCodeUsable() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, ALL_SCOPES);

        assertOAuthError(oauth.exchangeCode(clientId, code, PkcePair.create().verifier()),
                HttpStatus.BAD_REQUEST, "invalid_grant");
        // The challenge itself is not a verifier either.
        assertOAuthError(oauth.exchangeCode(clientId, code, pkce.challenge()), HttpStatus.BAD_REQUEST,
                "invalid_grant");

        json(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.OK);
    }

    @Test
    void missingOrMalformedVerifierIsInvalidRequest() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, "openid");

        assertOAuthError(oauth.token("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "redirect_uri", REDIRECT_URI), HttpStatus.BAD_REQUEST, "invalid_request");
        assertOAuthError(oauth.exchangeCode(clientId, code, "short"), HttpStatus.BAD_REQUEST, "invalid_request");
    }

    @Test
    void reusedCodeIsInvalidGrantAndRevokesWhatItIssued() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, ALL_SCOPES);
        JsonNode first = json(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.OK);
        String access = first.get("access_token").asString();
        oauth.callMcp(access).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));

        assertOAuthError(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.BAD_REQUEST,
                "invalid_grant");

        oauth.callMcp(access).expectStatus().isUnauthorized();
        assertOAuthError(oauth.refresh(clientId, first.get("refresh_token").asString()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
    }

    @Test
    void codeIsBoundToItsClient() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        String otherClient = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, "openid");

        assertOAuthError(oauth.exchangeCode(otherClient, code, pkce.verifier()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
        json(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.OK);
    }

    @Test
    void codeIsBoundToTheRedirectUri() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, "openid");

        assertOAuthError(oauth.token("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", pkce.verifier(), "redirect_uri", REDIRECT_URI + "/x"), HttpStatus.BAD_REQUEST,
                "invalid_grant");
        // The authorization request named it, so the token request must too.
        assertOAuthError(oauth.token("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", pkce.verifier()), HttpStatus.BAD_REQUEST, "invalid_grant");
    }

    @Test
    void redirectUriMayBeOmittedWhenTheAuthorizationRequestOmittedIt() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        Map<String, String> params = authorizeParams(clientId, pkce, "s", "openid");
        params.remove("redirect_uri");
        String code = query(redirectOf(oauth.decide(requestId(oauth.consentPage(params)), MAYA, "approve")))
                .get("code");

        json(oauth.token("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", pkce.verifier()), HttpStatus.OK);
    }

    @Test
    void unknownCodeIsInvalidGrant() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);

        assertOAuthError(oauth.exchangeCode(clientId, "not-a-code", PkcePair.create().verifier()),
                HttpStatus.BAD_REQUEST, "invalid_grant");
    }

    @Test
    void resourceMustBeTheMcpEndpoint() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, ALL_SCOPES);
        String[] exchange = {"grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", pkce.verifier(), "redirect_uri", REDIRECT_URI, "resource", "https://app.hex.tech/mcp"};

        assertOAuthError(oauth.token(exchange), HttpStatus.BAD_REQUEST, "invalid_target");

        exchange[exchange.length - 1] = publicUrl() + "/mcp";
        JsonNode tokens = json(oauth.token(exchange), HttpStatus.OK);
        assertOAuthError(oauth.token("grant_type", "refresh_token", "client_id", clientId, "refresh_token",
                tokens.get("refresh_token").asString(), "resource", publicUrl()), HttpStatus.BAD_REQUEST,
                "invalid_target");
        json(oauth.token("grant_type", "refresh_token", "client_id", clientId, "refresh_token",
                tokens.get("refresh_token").asString(), "resource", publicUrl() + "/mcp"), HttpStatus.OK);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Tokens tokens = oauth.signIn(MAYA, ALL_SCOPES);

        JsonNode refreshed = json(oauth.refresh(tokens.clientId(), tokens.refreshToken())
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store"), HttpStatus.OK);

        assertThat(refreshed.propertyNames()).containsExactlyInAnyOrder(
                "access_token", "token_type", "expires_in", "refresh_token", "scope");
        String newAccess = refreshed.get("access_token").asString();
        String newRefresh = refreshed.get("refresh_token").asString();
        assertThat(newAccess).startsWith("hxoa_").isNotEqualTo(tokens.accessToken());
        assertThat(newRefresh).startsWith("hxor_").isNotEqualTo(tokens.refreshToken());
        assertThat(refreshed.get("scope").asString()).isEqualTo("openid profile email offline_access");
        oauth.callMcp(newAccess).expectStatus().value(status -> assertThat(status).isNotEqualTo(401));

        json(oauth.refresh(tokens.clientId(), newRefresh), HttpStatus.OK);
    }

    @Test
    void replayingARotatedRefreshTokenRevokesTheWholeFamily() {
        Tokens tokens = oauth.signIn(MAYA, ALL_SCOPES);
        JsonNode refreshed = json(oauth.refresh(tokens.clientId(), tokens.refreshToken()), HttpStatus.OK);

        assertOAuthError(oauth.refresh(tokens.clientId(), tokens.refreshToken()), HttpStatus.BAD_REQUEST,
                "invalid_grant");

        assertOAuthError(oauth.refresh(tokens.clientId(), refreshed.get("refresh_token").asString()),
                HttpStatus.BAD_REQUEST, "invalid_grant");
        oauth.callMcp(refreshed.get("access_token").asString()).expectStatus().isUnauthorized();
        oauth.callMcp(tokens.accessToken()).expectStatus().isUnauthorized();
    }

    @Test
    void refreshTokenIsBoundToItsClient() {
        Tokens tokens = oauth.signIn(MAYA, ALL_SCOPES);
        String otherClient = oauth.registerPublicClient(REDIRECT_URI);

        assertOAuthError(oauth.refresh(otherClient, tokens.refreshToken()), HttpStatus.BAD_REQUEST,
                "invalid_grant");
        json(oauth.refresh(tokens.clientId(), tokens.refreshToken()), HttpStatus.OK);
    }

    @Test
    void refreshCanNarrowButNotWidenTheScope() {
        Tokens tokens = oauth.signIn(MAYA, "openid offline_access");

        assertOAuthError(oauth.token("grant_type", "refresh_token", "client_id", tokens.clientId(),
                "refresh_token", tokens.refreshToken(), "scope", "openid email"), HttpStatus.BAD_REQUEST,
                "invalid_scope");
        JsonNode narrowed = json(oauth.token("grant_type", "refresh_token", "client_id", tokens.clientId(),
                "refresh_token", tokens.refreshToken(), "scope", "openid"), HttpStatus.OK);

        assertThat(narrowed.get("scope").asString()).isEqualTo("openid");
        assertThat(narrowed.has("refresh_token")).isTrue();
    }

    @Test
    void unknownRefreshTokenIsInvalidGrant() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);

        assertOAuthError(oauth.refresh(clientId, "hxor_nope"), HttpStatus.BAD_REQUEST, "invalid_grant");
    }

    @Test
    void clientWithoutTheRefreshGrantCannotRefresh() {
        JsonNode registered = json(oauth.register("{\"redirect_uris\": [\"" + REDIRECT_URI + "\"]}"),
                HttpStatus.CREATED);
        String clientId = registered.get("client_id").asString();
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, ALL_SCOPES);

        JsonNode tokens = json(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.OK);

        assertThat(tokens.has("refresh_token")).isFalse();
        assertOAuthError(oauth.refresh(clientId, "hxor_whatever"), HttpStatus.BAD_REQUEST, "unauthorized_client");
    }

    @Test
    void unsupportedOrMissingGrantType() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);

        assertOAuthError(oauth.token("grant_type", "client_credentials", "client_id", clientId),
                HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        assertOAuthError(oauth.token("grant_type", "password", "client_id", clientId, "username", "u",
                "password", "p"), HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        assertOAuthError(oauth.token("client_id", clientId), HttpStatus.BAD_REQUEST, "invalid_request");
    }

    @Test
    void clientMustBeKnownAndAuthenticated() {
        assertOAuthError(oauth.token("grant_type", "authorization_code", "code", "c", "code_verifier",
                PkcePair.create().verifier()), HttpStatus.BAD_REQUEST, "invalid_client");
        assertOAuthError(oauth.token("grant_type", "authorization_code", "client_id", "nobody", "code", "c"),
                HttpStatus.BAD_REQUEST, "invalid_client");
        String publicClient = oauth.registerPublicClient(REDIRECT_URI);
        assertOAuthError(oauth.token("grant_type", "refresh_token", "client_id", publicClient, "client_secret",
                "guess", "refresh_token", "x"), HttpStatus.BAD_REQUEST, "invalid_client");
        // RFC 6749 §5.2: an attempt through the Authorization header is answered 401.
        assertOAuthError(client.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic bm9ib2R5Om5vcGU=")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=refresh_token&refresh_token=x").exchange(),
                HttpStatus.UNAUTHORIZED, "invalid_client");
    }

    @Test
    void clientSecretPostClientsAuthenticateWithTheirSecret() {
        JsonNode registered = json(oauth.register("""
                {"redirect_uris": ["%s"], "grant_types": ["authorization_code", "refresh_token"],
                 "token_endpoint_auth_method": "client_secret_post"}""".formatted(REDIRECT_URI)),
                HttpStatus.CREATED);
        String clientId = registered.get("client_id").asString();
        String secret = registered.get("client_secret").asString();
        PkcePair pkce = PkcePair.create();
        String code = oauth.authorizeAndApprove(clientId, pkce, MAYA, ALL_SCOPES);
        String[] exchange = {"grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", pkce.verifier(), "redirect_uri", REDIRECT_URI, "client_secret", "wrong"};

        assertOAuthError(oauth.token(exchange), HttpStatus.BAD_REQUEST, "invalid_client");
        assertOAuthError(oauth.exchangeCode(clientId, code, pkce.verifier()), HttpStatus.BAD_REQUEST,
                "invalid_client");
        exchange[exchange.length - 1] = secret;
        JsonNode tokens = json(oauth.token(exchange), HttpStatus.OK);
        json(oauth.token("grant_type", "refresh_token", "client_id", clientId, "client_secret", secret,
                "refresh_token", tokens.get("refresh_token").asString()), HttpStatus.OK);
    }

    @Test
    void parametersMustBeFormEncodedAndSentOnce() {
        String clientId = oauth.registerPublicClient(REDIRECT_URI);

        assertOAuthError(client.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"grant_type\": \"refresh_token\", \"client_id\": \"" + clientId + "\"}").exchange(),
                HttpStatus.BAD_REQUEST, "invalid_request");
        assertOAuthError(oauth.token("grant_type", "refresh_token", "client_id", clientId, "refresh_token", "a",
                "refresh_token", "b"), HttpStatus.BAD_REQUEST, "invalid_request");
    }
}
