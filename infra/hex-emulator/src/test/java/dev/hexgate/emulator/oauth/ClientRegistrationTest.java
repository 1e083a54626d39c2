package dev.hexgate.emulator.oauth;

import static dev.hexgate.emulator.oauth.OAuthMetadataTest.strings;
import static dev.hexgate.emulator.oauth.OAuthTestClient.assertOAuthError;
import static dev.hexgate.emulator.oauth.OAuthTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ClientRegistrationTest extends OAuthHttpTest {

    @Test
    void registersAPublicClientTheWayMcpClientsDo() {
        long before = Instant.now().getEpochSecond();
        JsonNode body = json(oauth.register("""
                {"client_name": "Junior", "redirect_uris": ["https://hexgate.example/oauth/callback/mcp/hex"],
                 "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
                 "token_endpoint_auth_method": "none"}"""), HttpStatus.CREATED);

        assertThat(body.propertyNames()).containsExactlyInAnyOrder("client_id", "client_id_issued_at", "client_name",
                "redirect_uris", "grant_types", "response_types", "token_endpoint_auth_method");
        assertThat(body.get("client_id").asString()).isNotBlank();
        assertThat(body.get("client_id_issued_at").asLong()).isBetween(before, Instant.now().getEpochSecond());
        assertThat(body.get("client_name").asString()).isEqualTo("Junior");
        assertThat(strings(body.get("redirect_uris"))).containsExactly("https://hexgate.example/oauth/callback/mcp/hex");
        assertThat(strings(body.get("grant_types"))).containsExactly("authorization_code", "refresh_token");
        assertThat(strings(body.get("response_types"))).containsExactly("code");
        assertThat(body.get("token_endpoint_auth_method").asString()).isEqualTo("none");
    }

    @Test
    void registrationResponseIsNotCacheableAndClientIdsDiffer() {
        String first = oauth.registerPublicClient(OAuthTestClient.REDIRECT_URI);
        oauth.register("{\"redirect_uris\": [\"http://127.0.0.1:3000/cb\"]}")
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody().jsonPath("$.client_id").value(id -> assertThat(id).isNotEqualTo(first));
    }

    @Test
    void fillsInDefaultsForOmittedMetadata() {
        JsonNode body = json(oauth.register("{\"redirect_uris\": [\"https://app.example/cb\"]}"), HttpStatus.CREATED);

        assertThat(strings(body.get("grant_types"))).containsExactly("authorization_code");
        assertThat(strings(body.get("response_types"))).containsExactly("code");
        assertThat(body.get("token_endpoint_auth_method").asString()).isEqualTo("none");
        assertThat(body.has("client_name")).isFalse();
        assertThat(body.has("client_secret")).isFalse();
    }

    @Test
    void clientSecretPostClientsGetASecret() {
        JsonNode body = json(oauth.register("""
                {"redirect_uris": ["https://app.example/cb"], "token_endpoint_auth_method": "client_secret_post",
                 "scope": "email openid"}"""), HttpStatus.CREATED);

        assertThat(body.get("client_secret").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(body.get("client_secret_expires_at").asLong()).isZero();
        assertThat(body.get("token_endpoint_auth_method").asString()).isEqualTo("client_secret_post");
        assertThat(body.get("scope").asString()).isEqualTo("openid email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:3000/callback", "http://localhost/cb", "http://[::1]:8080/cb",
            "https://hexgate.example/oauth/callback?tenant=7"})
    void acceptsHttpsAndLoopbackRedirects(String redirectUri) {
        JsonNode body = json(oauth.register("{\"redirect_uris\": [\"" + redirectUri + "\"]}"), HttpStatus.CREATED);

        assertThat(strings(body.get("redirect_uris"))).containsExactly(redirectUri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hexgate.example/cb", "/oauth/callback", "https://app.example/cb#frag",
            "ftp://app.example/cb", "cursor://callback", "https://bad host/cb", "https:///cb"})
    void rejectsUnsafeRedirectUris(String redirectUri) {
        assertOAuthError(oauth.register("{\"redirect_uris\": [\"https://fine.example/cb\", \"" + redirectUri + "\"]}"),
                HttpStatus.BAD_REQUEST, "invalid_redirect_uri");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"redirect_uris\": []}", "{\"redirect_uris\": \"https://app.example/cb\"}",
            "{\"redirect_uris\": [42]}"})
    void redirectUrisAreRequired(String body) {
        assertOAuthError(oauth.register(body), HttpStatus.BAD_REQUEST, "invalid_redirect_uri");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"grant_types\": [\"client_credentials\"]",
            "\"grant_types\": [\"refresh_token\"]",
            "\"grant_types\": \"authorization_code\"",
            "\"response_types\": [\"token\"]",
            "\"response_types\": [\"code\", \"id_token\"]",
            "\"token_endpoint_auth_method\": \"client_secret_basic\"",
            "\"token_endpoint_auth_method\": \"private_key_jwt\"",
            "\"scope\": \"openid admin\"",
            "\"client_name\": 42"})
    void rejectsUnsupportedMetadata(String field) {
        assertOAuthError(oauth.register("{\"redirect_uris\": [\"https://app.example/cb\"], " + field + "}"),
                HttpStatus.BAD_REQUEST, "invalid_client_metadata");
    }

    @Test
    void ignoresMetadataItDoesNotUnderstand() {
        JsonNode body = json(oauth.register("""
                {"redirect_uris": ["https://app.example/cb"], "logo_uri": "https://app.example/logo.png",
                 "software_id": "x", "contacts": ["ops@app.example"], "extra": {"nested": true}}"""),
                HttpStatus.CREATED);

        assertThat(body.has("logo_uri")).isFalse();
        assertThat(body.has("extra")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[\"https://app.example/cb\"]", "", "null"})
    void rejectsBodiesThatAreNotAMetadataObject(String body) {
        assertOAuthError(client.post().uri("/oauth2/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange(), HttpStatus.BAD_REQUEST, "invalid_client_metadata");
    }

    @Test
    void rejectsNonJsonContentType() {
        assertOAuthError(client.post().uri("/oauth2/register").contentType(MediaType.TEXT_PLAIN)
                        .bodyValue("{\"redirect_uris\": [\"https://app.example/cb\"]}").exchange(),
                HttpStatus.BAD_REQUEST, "invalid_client_metadata");
    }
}
