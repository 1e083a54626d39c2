package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Discovery where the emulator's layout does not reach: an MCP server whose 401 names no metadata (so the
 * well-known locations are tried, path-aware first), custom metadata locations, issuers with a path, and the
 * documents that must be refused (no S256, another issuer, another resource). The MCP server is a small real HTTP
 * server; where a real authorization server is needed, it is the emulator's.
 */
class WellKnownDiscoveryTest {

    private static final URI REDIRECT_URI = EmulatorOAuth.REDIRECT_URI;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final MetadataServer mcp = MetadataServer.start();
    private final EmulatorOAuth emulator = new EmulatorOAuth();

    @AfterEach
    void stop() {
        mcp.close();
    }

    @Test
    void withoutResourceMetadataInTheChallengeThePathAwareWellKnownDocumentIsRead() {
        mcp.status("/mcp", 401, Map.of("WWW-Authenticate", "Bearer realm=\"mcp\""))
                .json("/.well-known/oauth-protected-resource/mcp", prm(mcp.baseUrl() + "/mcp", emulator.baseUrl,
                        "\"scopes_supported\": [\"openid\"]"));

        DiscoveredServer server = client().discover().block(WAIT);

        assertThat(mcp.requestedPaths()).containsExactly("/mcp", "/.well-known/oauth-protected-resource/mcp");
        assertThat(server.resourceMetadataUrl()).hasToString(mcp.baseUrl()
                + "/.well-known/oauth-protected-resource/mcp");
        assertThat(server.resource()).hasToString(mcp.baseUrl() + "/mcp");
        assertThat(server.issuer()).isEqualTo(emulator.baseUrl);
        // The resource's one scope, plus offline_access because the emulator's authorization server offers it.
        assertThat(server.scopes()).containsExactly("openid", "offline_access");
        // And it is a working server description: the emulator registers hexgate through it.
        assertThat(client().register(server).block(WAIT).clientId()).isNotBlank();
    }

    @Test
    void theRootDocumentIsTheFallbackAndMayNameTheWholeOrigin() {
        mcp.status("/mcp", 401, Map.of())
                .json("/.well-known/oauth-protected-resource", prm(mcp.baseUrl(), emulator.baseUrl, null));

        DiscoveredServer server = client().discover().block(WAIT);

        assertThat(mcp.requestedPaths()).containsExactly("/mcp", "/.well-known/oauth-protected-resource/mcp",
                "/.well-known/oauth-protected-resource");
        assertThat(server.resource()).hasToString(mcp.baseUrl());
        assertThat(server.scopes()).as("no scopes_supported: only offline_access").containsExactly("offline_access");
    }

    @Test
    void aMetadataUrlNamedInTheChallengeIsReadFirst() {
        mcp.status("/mcp", 401, Map.of("WWW-Authenticate",
                        "Bearer resource_metadata=\"" + mcp.baseUrl() + "/custom/metadata.json\", scope=\"email\""))
                .json("/custom/metadata.json", prm(mcp.baseUrl() + "/mcp", emulator.baseUrl,
                        "\"scopes_supported\": [\"openid\", \"profile\"]"));

        DiscoveredServer server = client().discover().block(WAIT);

        assertThat(mcp.requestedPaths()).containsExactly("/mcp", "/custom/metadata.json");
        assertThat(server.scopes()).as("the challenge's scope wins over scopes_supported")
                .containsExactly("email", "offline_access");
    }

    @Test
    void anAuthorizationServerWithoutS256IsRefused() {
        mcp.status("/mcp", 401, Map.of())
                .json("/.well-known/oauth-protected-resource/mcp", prm(mcp.baseUrl() + "/mcp", mcp.baseUrl(), null))
                .json("/.well-known/oauth-authorization-server", authorizationServer(mcp.baseUrl(), mcp.baseUrl(),
                        "\"code_challenge_methods_supported\": [\"plain\"]"));

        assertThatThrownBy(() -> client().discover().block(WAIT))
                .isInstanceOf(PkceNotSupportedException.class)
                .hasMessageContaining("S256")
                .hasMessageContaining(mcp.baseUrl());
    }

    @Test
    void anAuthorizationServerThatDoesNotSayWhichPkceMethodsItSupportsIsRefused() {
        mcp.status("/mcp", 401, Map.of())
                .json("/.well-known/oauth-protected-resource/mcp", prm(mcp.baseUrl() + "/mcp", mcp.baseUrl(), null))
                .json("/.well-known/oauth-authorization-server",
                        authorizationServer(mcp.baseUrl(), mcp.baseUrl(), null));

        assertThatThrownBy(() -> client().discover().block(WAIT)).isInstanceOf(PkceNotSupportedException.class);
    }

    @Test
    void metadataOfAnotherIssuerIsRefused() {
        mcp.status("/mcp", 401, Map.of())
                .json("/.well-known/oauth-protected-resource/mcp", prm(mcp.baseUrl() + "/mcp", mcp.baseUrl(), null))
                .json("/.well-known/oauth-authorization-server", authorizationServer("http://localhost:1",
                        mcp.baseUrl(), "\"code_challenge_methods_supported\": [\"S256\"]"))
                .json("/.well-known/openid-configuration", authorizationServer("http://localhost:1",
                        mcp.baseUrl(), "\"code_challenge_methods_supported\": [\"S256\"]"));

        assertThatThrownBy(() -> client().discover().block(WAIT))
                .isInstanceOf(DiscoveryException.class)
                .hasMessageContaining("issuer http://localhost:1 is not " + mcp.baseUrl());
    }

    @Test
    void resourceMetadataOfAnotherServerIsRefused() {
        mcp.status("/mcp", 401, Map.of())
                .json("/.well-known/oauth-protected-resource/mcp",
                        prm("http://evil.example.com/mcp", emulator.baseUrl, null))
                .json("/.well-known/oauth-protected-resource", prm(mcp.baseUrl() + "/other", emulator.baseUrl, null));

        assertThatThrownBy(() -> client().discover().block(WAIT))
                .isInstanceOf(DiscoveryException.class)
                .hasMessageContaining("http://evil.example.com/mcp is not the MCP server")
                .hasMessageContaining(mcp.baseUrl() + "/other is not the MCP server");
    }

    @Test
    void anIssuerWithAPathIsLookedUpInTheSpecsOrderAndNeverAtTheRoot() {
        String issuer = mcp.baseUrl() + "/tenant1";
        mcp.status("/mcp", 401, Map.of())
                .json("/.well-known/oauth-protected-resource/mcp", prm(mcp.baseUrl() + "/mcp", issuer, null))
                .json("/.well-known/oauth-authorization-server", authorizationServer(mcp.baseUrl(), mcp.baseUrl(),
                        "\"code_challenge_methods_supported\": [\"S256\"]"))
                .json("/tenant1/.well-known/openid-configuration", authorizationServer(issuer, issuer,
                        "\"code_challenge_methods_supported\": [\"S256\"], \"scopes_supported\": [\"openid\"]"));

        DiscoveredServer server = client().discover().block(WAIT);

        assertThat(server.issuer()).isEqualTo(issuer);
        assertThat(server.tokenEndpoint()).hasToString(issuer + "/token");
        assertThat(server.registrationEndpoint()).isNull();
        assertThat(server.revocationEndpoint()).isNull();
        assertThat(mcp.requestedPaths()).containsExactly("/mcp", "/.well-known/oauth-protected-resource/mcp",
                "/.well-known/oauth-authorization-server/tenant1", "/.well-known/openid-configuration/tenant1",
                "/tenant1/.well-known/openid-configuration");
        assertThatThrownBy(() -> client().register(server).block(WAIT))
                .isInstanceOf(RegistrationNotSupportedException.class);
        ClientRegistration manual = client().preRegistered(server, "configured-client", null);
        assertThat(manual.publicClient()).isTrue();
        assertThat(manual.issuer()).isEqualTo(issuer);
    }

    @Test
    void withNoMetadataAnywhereTheErrorSaysWhereItLooked() {
        mcp.status("/mcp", 401, Map.of());

        assertThatThrownBy(() -> client().discover().block(WAIT))
                .isInstanceOf(DiscoveryException.class)
                .hasMessageContaining(mcp.baseUrl() + "/.well-known/oauth-protected-resource/mcp (HTTP 404)")
                .hasMessageContaining(mcp.baseUrl() + "/.well-known/oauth-protected-resource (HTTP 404)");
    }

    @Test
    void anMcpServerThatDoesNotAnswerFailsWithinTheRequestTimeout() {
        mcp.hang("/mcp");
        HexOAuthClient impatient = new HexOAuthClient(HexOAuthProperties
                .forMcpUrl(URI.create(mcp.baseUrl() + "/mcp"), REDIRECT_URI)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));

        assertThatThrownBy(() -> impatient.discover().block(WAIT))
                .isInstanceOf(OAuthTransportException.class)
                .hasMessageContaining("no complete answer within PT0.3S");
    }

    @Test
    void anUnreachableMcpServerIsATransportFailure() {
        HexOAuthClient client = new HexOAuthClient(HexOAuthProperties.forMcpUrl(URI.create("http://localhost:1/mcp"),
                REDIRECT_URI));

        assertThatThrownBy(() -> client.discover().block(WAIT))
                .isInstanceOf(OAuthTransportException.class)
                .hasMessageContaining("http://localhost:1/mcp");
    }

    private HexOAuthClient client() {
        return new HexOAuthClient(HexOAuthProperties.forMcpUrl(URI.create(mcp.baseUrl() + "/mcp"), REDIRECT_URI));
    }

    private static String prm(String resource, String authorizationServer, String extra) {
        return "{\"resource\": \"" + resource + "\", \"authorization_servers\": [\"" + authorizationServer + "\"]"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    /** RFC 8414 metadata for {@code issuer} with endpoints under {@code endpointBase}. */
    private static String authorizationServer(String issuer, String endpointBase, String extra) {
        return "{\"issuer\": \"" + issuer + "\", \"authorization_endpoint\": \"" + endpointBase + "/authorize\", "
                + "\"token_endpoint\": \"" + endpointBase + "/token\", \"response_types_supported\": [\"code\"]"
                + (extra == null ? "" : ", " + extra) + "}";
    }
}
