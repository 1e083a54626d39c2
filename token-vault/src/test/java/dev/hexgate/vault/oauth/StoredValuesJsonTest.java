package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values the caller stores (server, registration, tokens) survive a round trip through Jackson as they are, so
 * the credential store can keep them as JSON (encrypted) without mapping classes of its own.
 */
class StoredValuesJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDiscoveredServerRoundTrips() {
        DiscoveredServer server = new DiscoveredServer(URI.create("https://app.hex.tech/mcp"),
                URI.create("https://app.hex.tech/mcp"),
                URI.create("https://app.hex.tech/.well-known/oauth-protected-resource/mcp"),
                "https://auth.app.hex.tech", URI.create("https://auth.app.hex.tech/oauth2/authorize"),
                URI.create("https://auth.app.hex.tech/oauth2/token"),
                URI.create("https://auth.app.hex.tech/oauth2/register"), null, List.of("none", "client_secret_post"),
                List.of("openid", "offline_access"), true);

        assertThat(JSON.readValue(JSON.writeValueAsString(server), DiscoveredServer.class)).isEqualTo(server);
    }

    @Test
    void aRegistrationRoundTripsSecretIncluded() {
        ClientRegistration registration = new ClientRegistration("https://auth.app.hex.tech", "client-1", "secret-1",
                "client_secret_post", URI.create("https://hexgate.example/oauth/callback/mcp/hex"),
                Instant.parse("2026-11-21T10:00:00Z"), null);

        String json = JSON.writeValueAsString(registration);

        assertThat(JSON.readValue(json, ClientRegistration.class)).isEqualTo(registration);
        assertThat(json).as("the store encrypts it; JSON keeps it").contains("secret-1");
    }

    @Test
    void tokensRoundTrip() {
        OAuthTokens tokens = new OAuthTokens("https://auth.app.hex.tech", "access-1", "refresh-1",
                Instant.parse("2026-11-21T10:10:00Z"), List.of("openid", "offline_access"),
                Instant.parse("2026-11-21T10:00:00Z"));

        assertThat(JSON.readValue(JSON.writeValueAsString(tokens), OAuthTokens.class)).isEqualTo(tokens);
    }
}
