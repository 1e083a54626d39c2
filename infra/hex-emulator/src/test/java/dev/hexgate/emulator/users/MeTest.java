package dev.hexgate.emulator.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.DirectoryHttpTest;
import dev.hexgate.emulator.workspace.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class MeTest extends DirectoryHttpTest {

    private static final String ME = "/api/v1/users/me";

    @Test
    void workspaceTokenSeesOnlyTheOrgAndTheToken() {
        JsonNode body = getOk(ME);

        assertThat(body.propertyNames()).containsExactlyInAnyOrder("org", "token");
        assertThat(body.at("/org/id").asString()).isEqualTo(workspace.org().id().toString());
        assertThat(body.at("/org").propertyNames()).containsExactly("id");
        assertThat(body.at("/token").propertyNames()).containsExactly("exp");
        assertThat(body.at("/token/exp").isNull()).isTrue();
    }

    @Test
    void personalTokenSeesItsUserPlusOrgAndToken() {
        User priya = user("priya.natarajan@fernbrook.example");

        JsonNode body = send(HttpMethod.GET, ME, null, personalToken(priya.email())).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(body.propertyNames()).containsExactlyInAnyOrder(
                "id", "name", "email", "role", "lastLoginDate", "org", "token");
        assertThat(body.get("id").asString()).isEqualTo(priya.id().toString());
        assertThat(body.get("name").asString()).isEqualTo("Priya Natarajan");
        assertThat(body.get("email").asString()).isEqualTo(priya.email());
        assertThat(body.get("role").asString()).isEqualTo("EDITOR");
        assertThat(body.get("lastLoginDate").asString()).isEqualTo("2025-11-03T07:55:19.944Z");
        assertThat(body.at("/org/id").asString()).isEqualTo(workspace.org().id().toString());
        assertThat(body.at("/token/exp").isNull()).isTrue();
    }

    @Test
    void aUserWhoNeverLoggedInHasAnExplicitNullLastLoginDate() {
        JsonNode body = send(HttpMethod.GET, ME, null, personalToken("alex.brennan@fernbrook.example"))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(body.get("role").asString()).isEqualTo("GUEST");
        assertThat(body.has("lastLoginDate")).isTrue();
        assertThat(body.get("lastLoginDate").isNull()).isTrue();
    }

    @Test
    void unknownTokenIsThePlainTextEdge401() {
        send(HttpMethod.GET, ME, null, "hxtp_not_a_real_token").expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                .expectBody(String.class).isEqualTo("Unauthorized");
    }
}
