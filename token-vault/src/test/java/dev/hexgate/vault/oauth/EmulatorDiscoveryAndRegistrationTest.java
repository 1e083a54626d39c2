package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Discovery from the emulator's real 401 challenge, and dynamic registration at its authorization server. */
class EmulatorDiscoveryAndRegistrationTest {

    private final EmulatorOAuth emulator = new EmulatorOAuth();

    @Test
    void discoversTheAuthorizationServerFromTheMcpEndpointsChallenge() {
        DiscoveredServer server = emulator.discover();

        String base = emulator.baseUrl;
        assertThat(server.mcpUrl()).isEqualTo(emulator.mcpUrl);
        // The challenge names the path-aware document; the resource is the MCP endpoint itself.
        assertThat(server.resourceMetadataUrl()).hasToString(base + "/.well-known/oauth-protected-resource/mcp");
        assertThat(server.resource()).hasToString(base + "/mcp");
        assertThat(server.issuer()).isEqualTo(base);
        assertThat(server.authorizationEndpoint()).hasToString(base + "/oauth2/authorize");
        assertThat(server.tokenEndpoint()).hasToString(base + "/oauth2/token");
        assertThat(server.registrationEndpoint()).hasToString(base + "/oauth2/register");
        assertThat(server.revocationEndpoint()).hasToString(base + "/oauth2/revoke");
        assertThat(server.tokenEndpointAuthMethods()).contains("none");
        // The resource's scopes_supported, offline_access among them (the emulator's server offers it).
        assertThat(server.scopes()).containsExactly("openid", "profile", "email", "offline_access");
        assertThat(server.issuerInAuthorizationResponse()).isTrue();
    }

    @Test
    void stepUpAddsTheChallengedScopesToWhatWasAskedBefore() {
        DiscoveredServer server = emulator.discover();

        DiscoveredServer stepUp = server.withChallengedScopes(
                BearerChallenge.parse("Bearer error=\"insufficient_scope\", scope=\"email hex:admin\"").orElseThrow());

        assertThat(stepUp.scopes()).containsExactly("openid", "profile", "email", "offline_access", "hex:admin");
        assertThat(stepUp.issuer()).isEqualTo(server.issuer());
    }

    @Test
    void registersAsAPublicClientWithTheConfiguredRedirectUri() {
        DiscoveredServer server = emulator.discover();
        Instant before = Instant.now();

        ClientRegistration client = emulator.register(server);

        assertThat(client.clientId()).isNotBlank();
        assertThat(client.publicClient()).isTrue();
        assertThat(client.tokenEndpointAuthMethod()).isEqualTo("none");
        assertThat(client.clientSecret()).as("a public client has no secret").isNull();
        assertThat(client.issuer()).isEqualTo(server.issuer());
        assertThat(client.redirectUri()).isEqualTo(EmulatorOAuth.REDIRECT_URI);
        assertThat(client.registeredAt()).isBetween(before, Instant.now());
        assertThat(emulator.register(server).clientId()).as("each registration is a new client")
                .isNotEqualTo(client.clientId());
    }

    @Test
    void aStoredRegistrationIsReusedOnlyForTheSameIssuerAndRedirectUri() {
        DiscoveredServer server = emulator.discover();
        ClientRegistration client = emulator.register(server);
        Instant now = Instant.now();

        assertThat(client.reusableFor(server, EmulatorOAuth.REDIRECT_URI, now)).isTrue();
        assertThat(client.reusableFor(server, URI.create("https://hexgate.example/oauth/callback/mcp/hex"), now))
                .as("the callback URL changed (Junior PR #783)").isFalse();
        DiscoveredServer otherIssuer = new DiscoveredServer(server.mcpUrl(), server.resource(),
                server.resourceMetadataUrl(), "https://auth.eu.hex.tech", server.authorizationEndpoint(),
                server.tokenEndpoint(), server.registrationEndpoint(), server.revocationEndpoint(),
                server.tokenEndpointAuthMethods(), server.scopes(), true);
        assertThat(client.reusableFor(otherIssuer, EmulatorOAuth.REDIRECT_URI, now)).isFalse();

        // registration(...) applies the same rule: the stored one back, or a new one.
        assertThat(emulator.oauth.registration(server, client).block(EmulatorOAuth.WAIT)).isSameAs(client);
        ClientRegistration stale = new ClientRegistration(server.issuer(), client.clientId(), null, "none",
                URI.create("https://old.example/callback"), now.minus(Duration.ofDays(3)), null);
        ClientRegistration renewed = emulator.oauth.registration(server, stale).block(EmulatorOAuth.WAIT);
        assertThat(renewed.clientId()).isNotEqualTo(client.clientId());
        assertThat(renewed.redirectUri()).isEqualTo(EmulatorOAuth.REDIRECT_URI);
    }

    @Test
    void aRegistrationWithAnExpiredSecretIsNotReused() {
        DiscoveredServer server = emulator.discover();
        Instant now = Instant.now();
        ClientRegistration confidential = new ClientRegistration(server.issuer(), "c1", "s3cret",
                "client_secret_post", EmulatorOAuth.REDIRECT_URI, now.minus(Duration.ofDays(40)),
                now.minusSeconds(1));

        assertThat(confidential.reusableFor(server, EmulatorOAuth.REDIRECT_URI, now)).isFalse();
        assertThat(confidential.reusableFor(server, EmulatorOAuth.REDIRECT_URI, now.minusSeconds(2))).isTrue();
        assertThat(confidential.toString()).contains("c1").doesNotContain("s3cret");
    }
}
