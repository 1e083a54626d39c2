package dev.hexgate.emulator.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hexgate.emulator.mcpauth.McpBearerFilter;
import java.util.List;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The discovery documents an MCP client reads before anything else: protected-resource metadata for {@code /mcp}
 * (RFC 9728) and the authorization server's metadata (RFC 8414). Hex serves the latter from {@code auth.<host>}; the
 * emulator is its own issuer, and clients find that out here. CORS is open so browser-based clients can discover.
 */
@RestController
@CrossOrigin(origins = "*")
class OAuthMetadataController {

    private static final List<String> CLIENT_AUTH_METHODS =
            List.of(RegisteredClient.AUTH_NONE, RegisteredClient.AUTH_CLIENT_SECRET_POST);

    private final OAuthUrls urls;

    OAuthMetadataController(OAuthUrls urls) {
        this.urls = urls;
    }

    // The root form is a fallback clients try after the path-suffixed one (MCP authorization, discovery order).
    @GetMapping({McpBearerFilter.RESOURCE_METADATA_PATH, "/.well-known/oauth-protected-resource"})
    ProtectedResourceMetadata protectedResource() {
        return new ProtectedResourceMetadata(urls.mcpResource(), List.of(urls.issuer()), List.of("header"),
                Scopes.SUPPORTED);
    }

    // OpenID discovery is the second place MCP clients look; the same fields serve both (no ID tokens are issued).
    @GetMapping({"/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"})
    AuthorizationServerMetadata authorizationServer() {
        return new AuthorizationServerMetadata(
                urls.issuer(),
                urls.endpoint(OAuthUrls.AUTHORIZE_PATH),
                urls.endpoint(OAuthUrls.TOKEN_PATH),
                urls.endpoint(OAuthUrls.REGISTER_PATH),
                urls.endpoint(OAuthUrls.REVOKE_PATH),
                List.of("code"),
                List.of(RegisteredClient.GRANT_AUTHORIZATION_CODE, RegisteredClient.GRANT_REFRESH_TOKEN),
                List.of(Pkce.S256),
                CLIENT_AUTH_METHODS,
                CLIENT_AUTH_METHODS,
                Scopes.SUPPORTED,
                true);
    }

    record ProtectedResourceMetadata(
            @JsonProperty("resource") String resource,
            @JsonProperty("authorization_servers") List<String> authorizationServers,
            @JsonProperty("bearer_methods_supported") List<String> bearerMethodsSupported,
            @JsonProperty("scopes_supported") List<String> scopesSupported) {
    }

    record AuthorizationServerMetadata(
            @JsonProperty("issuer") String issuer,
            @JsonProperty("authorization_endpoint") String authorizationEndpoint,
            @JsonProperty("token_endpoint") String tokenEndpoint,
            @JsonProperty("registration_endpoint") String registrationEndpoint,
            @JsonProperty("revocation_endpoint") String revocationEndpoint,
            @JsonProperty("response_types_supported") List<String> responseTypesSupported,
            @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
            @JsonProperty("code_challenge_methods_supported") List<String> codeChallengeMethodsSupported,
            @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
            @JsonProperty("revocation_endpoint_auth_methods_supported")
            List<String> revocationEndpointAuthMethodsSupported,
            @JsonProperty("scopes_supported") List<String> scopesSupported,
            // RFC 9207: authorization responses carry iss, which clients must check (MCP 2026-07-28).
            @JsonProperty("authorization_response_iss_parameter_supported") boolean issParameterSupported) {
    }
}
