package dev.hexgate.vault.grants;

import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.OAuthClientRegistration;
import dev.hexgate.vault.oauth.ClientRegistration;
import dev.hexgate.vault.oauth.DiscoveredServer;
import dev.hexgate.vault.oauth.OAuthTokens;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A stored Hex MCP grant as the OAuth client's values, for refresh and revocation: the endpoints and the client the
 * grant was issued with, not whatever discovery would say today, so no discovery is needed for either.
 */
public final class StoredGrants {

    private StoredGrants() {
    }

    /**
     * The server a grant came from, as far as its token and revocation endpoints go. The authorization endpoint is
     * not stored with a grant and neither refresh nor revocation uses it: the token endpoint stands in for it.
     */
    public static DiscoveredServer server(HexMcpCredential grant, URI mcpUrl) {
        URI tokenEndpoint = URI.create(grant.tokenEndpoint());
        URI resource = grant.resource() == null ? mcpUrl : URI.create(grant.resource());
        return new DiscoveredServer(mcpUrl, resource, null, issuer(grant), tokenEndpoint, tokenEndpoint, null,
                grant.revocationEndpoint() == null ? null : URI.create(grant.revocationEndpoint()), List.of(),
                grant.scopes(), false);
    }

    /**
     * The client the grant belongs to. hexgate registers public clients; a stored secret (a client registered by
     * hand) is sent as {@code client_secret_post}.
     */
    public static ClientRegistration client(HexMcpCredential grant) {
        OAuthClientRegistration client = grant.client();
        return new ClientRegistration(issuer(grant), client.clientId(), client.clientSecret(),
                client.clientSecret() == null ? ClientRegistration.AUTH_NONE
                        : ClientRegistration.AUTH_CLIENT_SECRET_POST,
                URI.create(client.redirectUri()),
                client.registeredAt() == null ? Instant.EPOCH : client.registeredAt(), null);
    }

    public static OAuthTokens tokens(HexMcpCredential grant, Instant obtainedAt) {
        return new OAuthTokens(issuer(grant), grant.accessToken(), grant.refreshToken(), grant.expiresAt(),
                grant.scopes(), obtainedAt);
    }

    /** Grants stored before the issuer was recorded name their token endpoint instead. */
    private static String issuer(HexMcpCredential grant) {
        return grant.issuer() == null ? grant.tokenEndpoint() : grant.issuer();
    }

    /** The client as a credential stores it. */
    public static OAuthClientRegistration stored(ClientRegistration client) {
        return new OAuthClientRegistration(client.clientId(), client.clientSecret(),
                client.redirectUri().toString(), client.registeredAt());
    }

    /** A new grant from a code exchange. */
    public static HexMcpCredential grant(DiscoveredServer server, ClientRegistration client, OAuthTokens tokens) {
        return new HexMcpCredential(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                tokens.scopes(), server.issuer(), server.tokenEndpoint().toString(),
                server.revocationEndpoint() == null ? null : server.revocationEndpoint().toString(),
                server.resource().toString(), stored(client), null, null);
    }
}
