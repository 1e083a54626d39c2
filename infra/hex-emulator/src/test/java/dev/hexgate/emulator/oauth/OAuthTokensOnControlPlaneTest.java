package dev.hexgate.emulator.oauth;

import static dev.hexgate.emulator.oauth.OAuthTestClient.ALL_SCOPES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.oauth.OAuthTestClient.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class OAuthTokensOnControlPlaneTest extends OAuthHttpTest {

    @Test
    void listsIssuedOAuthTokensAfterTheSeededOnes() {
        Tokens tokens = oauth.signIn(PRIYA, ALL_SCOPES);

        List<JsonNode> listed = listedTokens();

        assertThat(listed.subList(0, workspace.tokens().size()))
                .extracting(t -> t.get("kind").asString()).containsOnly("workspace", "personal");
        JsonNode access = find(listed, tokens.accessToken());
        assertThat(access.propertyNames()).containsExactlyInAnyOrder(
                "token", "kind", "user", "clientId", "expiresAt", "revoked");
        assertThat(access.get("kind").asString()).isEqualTo("oauth-access");
        assertThat(access.get("user").asString()).isEqualTo(PRIYA);
        assertThat(access.get("clientId").asString()).isEqualTo(tokens.clientId());
        assertThat(Instant.parse(access.get("expiresAt").asString()))
                .isBetween(Instant.now().plusSeconds(540), Instant.now().plusSeconds(601));
        assertThat(access.get("revoked").asBoolean()).isFalse();
        JsonNode refresh = find(listed, tokens.refreshToken());
        assertThat(refresh.get("kind").asString()).isEqualTo("oauth-refresh");
        assertThat(refresh.get("user").asString()).isEqualTo(PRIYA);
        assertThat(refresh.get("revoked").asBoolean()).isFalse();
        assertThat(listed.indexOf(refresh)).isGreaterThan(listed.indexOf(access));
    }

    @Test
    void showsRevokedAndRotatedTokens() {
        Tokens tokens = oauth.signIn(MAYA, ALL_SCOPES);
        JsonNode refreshed = OAuthTestClient.json(oauth.refresh(tokens.clientId(), tokens.refreshToken()),
                HttpStatus.OK);
        oauth.revoke("token", tokens.accessToken(), "client_id", tokens.clientId()).expectStatus().isOk();

        List<JsonNode> listed = listedTokens();

        assertThat(find(listed, tokens.accessToken()).get("revoked").asBoolean()).isTrue();
        assertThat(find(listed, tokens.refreshToken()).get("revoked").asBoolean()).isTrue();
        assertThat(find(listed, refreshed.get("access_token").asString()).get("revoked").asBoolean()).isFalse();
        assertThat(find(listed, refreshed.get("refresh_token").asString()).get("revoked").asBoolean()).isFalse();
    }

    private List<JsonNode> listedTokens() {
        JsonNode body = OAuthTestClient.json(client.get().uri("/_emulator/tokens").exchange(), HttpStatus.OK);
        List<JsonNode> tokens = new ArrayList<>();
        body.get("tokens").forEach(tokens::add);
        return tokens;
    }

    private static JsonNode find(List<JsonNode> tokens, String value) {
        return tokens.stream().filter(t -> t.get("token").asString().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("token not listed"));
    }
}
