package dev.hexgate.vault.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where metadata is looked for, which resources match the MCP URL, and which URLs are usable at all. */
class MetadataLocationsTest {

    private static final URI HEX = URI.create("https://app.hex.tech/mcp");

    @Test
    void protectedResourceMetadataIsPathAwareThenRoot() {
        assertThat(WellKnownUrls.protectedResourceMetadata(HEX)).containsExactly(
                URI.create("https://app.hex.tech/.well-known/oauth-protected-resource/mcp"),
                URI.create("https://app.hex.tech/.well-known/oauth-protected-resource"));
        assertThat(WellKnownUrls.protectedResourceMetadata(URI.create("https://mcp.example.com/")))
                .containsExactly(URI.create("https://mcp.example.com/.well-known/oauth-protected-resource"));
    }

    @Test
    void authorizationServerMetadataForAnIssuerWithoutPath() {
        assertThat(WellKnownUrls.authorizationServerMetadata(URI.create("https://auth.app.hex.tech"))).containsExactly(
                URI.create("https://auth.app.hex.tech/.well-known/oauth-authorization-server"),
                URI.create("https://auth.app.hex.tech/.well-known/openid-configuration"));
    }

    @Test
    void authorizationServerMetadataForAnIssuerWithAPath() {
        assertThat(WellKnownUrls.authorizationServerMetadata(URI.create("https://auth.example.com/tenant1/")))
                .isEqualTo(List.of(
                        URI.create("https://auth.example.com/.well-known/oauth-authorization-server/tenant1"),
                        URI.create("https://auth.example.com/.well-known/openid-configuration/tenant1"),
                        URI.create("https://auth.example.com/tenant1/.well-known/openid-configuration")));
    }

    @Test
    void aResourceCoversItsOwnUrlAndWhatLiesBelowItOnTheSameOrigin() {
        assertThat(ResourceUris.covers(URI.create("https://app.hex.tech/mcp"), HEX)).isTrue();
        assertThat(ResourceUris.covers(URI.create("HTTPS://App.Hex.Tech:443/mcp/"), HEX)).isTrue();
        assertThat(ResourceUris.covers(URI.create("https://app.hex.tech"), HEX)).isTrue();
        assertThat(ResourceUris.covers(URI.create("https://app.hex.tech/mc"), HEX)).isFalse();
        assertThat(ResourceUris.covers(URI.create("https://app.hex.tech/mcp/other"), HEX)).isFalse();
        assertThat(ResourceUris.covers(URI.create("https://eu.hex.tech/mcp"), HEX)).isFalse();
        assertThat(ResourceUris.covers(URI.create("http://app.hex.tech/mcp"), HEX)).isFalse();
        assertThat(ResourceUris.covers(URI.create("https://app.hex.tech:8443/mcp"), HEX)).isFalse();
    }

    @Test
    void anHttpsDeploymentNeverFollowsPlainHttp() {
        assertThat(ResourceUris.requireUsable("https://auth.app.hex.tech", HEX, "issuer"))
                .hasToString("https://auth.app.hex.tech");
        assertThatThrownBy(() -> ResourceUris.requireUsable("http://auth.app.hex.tech", HEX, "issuer"))
                .isInstanceOf(DiscoveryException.class).hasMessageContaining("must use https");
        assertThatThrownBy(() -> ResourceUris.requireUsable("http://localhost:8090", HEX, "issuer"))
                .isInstanceOf(DiscoveryException.class);
        assertThatThrownBy(() -> ResourceUris.requireUsable("/oauth2/token", HEX, "token_endpoint"))
                .isInstanceOf(DiscoveryException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> ResourceUris.requireUsable("https://auth.app.hex.tech/#x", HEX, "issuer"))
                .isInstanceOf(DiscoveryException.class);
        assertThatThrownBy(() -> ResourceUris.requireUsable("file:///etc/passwd", HEX, "issuer"))
                .isInstanceOf(DiscoveryException.class);
    }

    @Test
    void aPlainHttpDeploymentAcceptsPlainHttp() {
        URI local = URI.create("http://localhost:8090/mcp");

        assertThat(ResourceUris.requireUsable("http://localhost:8090/oauth2/token", local, "token_endpoint"))
                .hasToString("http://localhost:8090/oauth2/token");
    }
}
