package dev.hexgate.vault.oauth;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What discovery found out about an MCP server and its authorization server: everything the later steps need, as
 * plain values, so it can be stored next to a credential and reused for refresh and revocation without discovering
 * again. It holds no secret.
 *
 * @param mcpUrl                        the MCP endpoint discovery started from ({@code HEX_MCP_URL})
 * @param resource                      the protected resource's identifier (RFC 9728 {@code resource}), sent as the
 *                                      RFC 8707 {@code resource} parameter on authorization and token requests
 * @param resourceMetadataUrl           where the protected-resource metadata was read
 * @param issuer                        the authorization server's issuer identifier, checked against its metadata
 * @param authorizationEndpoint         RFC 8414 {@code authorization_endpoint}
 * @param tokenEndpoint                 RFC 8414 {@code token_endpoint}
 * @param registrationEndpoint          RFC 7591 {@code registration_endpoint}, or null (no dynamic registration)
 * @param revocationEndpoint            RFC 7009 {@code revocation_endpoint}, or null (no revocation)
 * @param tokenEndpointAuthMethods      {@code token_endpoint_auth_methods_supported} (RFC 8414 default when absent:
 *                                      {@code client_secret_basic})
 * @param scopes                        the scopes an authorization request asks for: the challenge's, else the
 *                                      resource metadata's {@code scopes_supported}, plus {@code offline_access}
 *                                      when the authorization server offers it; empty means "send no scope"
 * @param issuerInAuthorizationResponse the server promises {@code iss} on its redirects (RFC 9207), so a redirect
 *                                      without it is refused
 */
public record DiscoveredServer(
        URI mcpUrl,
        URI resource,
        URI resourceMetadataUrl,
        String issuer,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI registrationEndpoint,
        URI revocationEndpoint,
        List<String> tokenEndpointAuthMethods,
        List<String> scopes,
        boolean issuerInAuthorizationResponse) {

    public DiscoveredServer {
        Objects.requireNonNull(mcpUrl, "mcpUrl");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        tokenEndpointAuthMethods = List.copyOf(tokenEndpointAuthMethods);
        scopes = List.copyOf(scopes);
    }

    public boolean supportsRegistration() {
        return registrationEndpoint != null;
    }

    public boolean supportsRevocation() {
        return revocationEndpoint != null;
    }

    /**
     * This server asking for the scopes a 401/403 challenge names as well (step-up authorization): the next
     * authorization request keeps what was asked before and adds the challenged scopes.
     */
    public DiscoveredServer withChallengedScopes(BearerChallenge challenge) {
        return new DiscoveredServer(mcpUrl, resource, resourceMetadataUrl, issuer, authorizationEndpoint,
                tokenEndpoint, registrationEndpoint, revocationEndpoint, tokenEndpointAuthMethods,
                Scopes.union(scopes, challenge.scopes()), issuerInAuthorizationResponse);
    }
}
