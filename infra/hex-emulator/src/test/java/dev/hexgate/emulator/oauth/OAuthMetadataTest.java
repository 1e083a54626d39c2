package dev.hexgate.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class OAuthMetadataTest extends OAuthHttpTest {

    @Test
    void protectedResourceMetadataNamesMcpAndTheIssuer() {
        JsonNode suffixed = getJson("/.well-known/oauth-protected-resource/mcp");
        JsonNode root = getJson("/.well-known/oauth-protected-resource");

        assertThat(root).isEqualTo(suffixed);
        assertThat(suffixed.propertyNames()).containsExactlyInAnyOrder(
                "resource", "authorization_servers", "bearer_methods_supported", "scopes_supported");
        assertThat(suffixed.get("resource").asString()).isEqualTo(publicUrl() + "/mcp");
        assertThat(strings(suffixed.get("authorization_servers"))).containsExactly(publicUrl());
        assertThat(strings(suffixed.get("bearer_methods_supported"))).containsExactly("header");
        assertThat(strings(suffixed.get("scopes_supported")))
                .containsExactly("openid", "profile", "email", "offline_access");
    }

    @Test
    void authorizationServerMetadataAdvertisesHexsEndpointsAndS256() {
        JsonNode metadata = getJson("/.well-known/oauth-authorization-server");

        assertThat(getJson("/.well-known/openid-configuration")).isEqualTo(metadata);
        assertThat(metadata.get("issuer").asString()).isEqualTo(publicUrl());
        assertThat(metadata.get("authorization_endpoint").asString()).isEqualTo(publicUrl() + "/oauth2/authorize");
        assertThat(metadata.get("token_endpoint").asString()).isEqualTo(publicUrl() + "/oauth2/token");
        assertThat(metadata.get("registration_endpoint").asString()).isEqualTo(publicUrl() + "/oauth2/register");
        assertThat(metadata.get("revocation_endpoint").asString()).isEqualTo(publicUrl() + "/oauth2/revoke");
        assertThat(strings(metadata.get("response_types_supported"))).containsExactly("code");
        assertThat(strings(metadata.get("grant_types_supported")))
                .containsExactly("authorization_code", "refresh_token");
        assertThat(strings(metadata.get("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(strings(metadata.get("token_endpoint_auth_methods_supported")))
                .containsExactly("none", "client_secret_post");
        assertThat(strings(metadata.get("scopes_supported")))
                .containsExactly("openid", "profile", "email", "offline_access");
        assertThat(metadata.get("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
    }

    @Test
    void issuerOfTheResourceMetadataLeadsToTheServerMetadata() {
        String issuer = getJson("/.well-known/oauth-protected-resource/mcp").get("authorization_servers").get(0)
                .asString();
        String path = URI.create(issuer).getPath() + "/.well-known/oauth-authorization-server";

        assertThat(getJson(path).get("issuer").asString()).isEqualTo(issuer);
    }

    @Test
    void unauthenticatedMcpCallIsChallengedWithTheMetadataUrl() {
        String challenge = oauth.callMcp(null).expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);

        assertThat(challenge).isEqualTo(
                "Bearer resource_metadata=\"" + publicUrl() + "/.well-known/oauth-protected-resource/mcp\"");
        String metadataPath = URI.create(challenge.substring(challenge.indexOf('"') + 1, challenge.length() - 1))
                .getPath();
        assertThat(getJson(metadataPath).get("resource").asString()).isEqualTo(publicUrl() + "/mcp");
    }

    @Test
    void metadataNeedsNoAuthenticationAndAllowsBrowserClients() {
        client.get().uri("/.well-known/oauth-authorization-server")
                .header(HttpHeaders.ORIGIN, "http://localhost:6274")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }

    private JsonNode getJson(String path) {
        JsonNode body = client.get().uri(path).exchange()
                .expectStatus().isEqualTo(HttpStatus.OK)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
