package dev.hexgate.emulator.oauth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A client registered through dynamic client registration.
 *
 * @param clientSecret null for public clients ({@code token_endpoint_auth_method=none})
 * @param clientName null when the client sent none
 * @param scope the scopes the client may request; empty means any supported scope
 */
record RegisteredClient(
        String clientId,
        String clientSecret,
        Instant issuedAt,
        String clientName,
        List<String> redirectUris,
        List<String> grantTypes,
        List<String> responseTypes,
        String tokenEndpointAuthMethod,
        Set<String> scope) {

    static final String AUTH_NONE = "none";
    static final String AUTH_CLIENT_SECRET_POST = "client_secret_post";
    static final String GRANT_AUTHORIZATION_CODE = "authorization_code";
    static final String GRANT_REFRESH_TOKEN = "refresh_token";

    RegisteredClient {
        redirectUris = List.copyOf(redirectUris);
        grantTypes = List.copyOf(grantTypes);
        responseTypes = List.copyOf(responseTypes);
        scope = Set.copyOf(scope);
    }

    boolean isPublic() {
        return clientSecret == null;
    }

    /** What the consent page calls the client: its name, else its id. */
    String displayName() {
        return Optional.ofNullable(clientName).filter(n -> !n.isBlank()).orElse(clientId);
    }

    boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }

    boolean allowsScopes(Set<String> requested) {
        return scope.isEmpty() || scope.containsAll(requested);
    }
}
