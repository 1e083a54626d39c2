package dev.hexgate.vault.oauth;

import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.util.List;

/** How hexgate authenticates to the token and revocation endpoints with a given registration. */
final class TokenEndpointAuth {

    private TokenEndpointAuth() {
    }

    /**
     * The method to use: the one the server registered (RFC 7591 §3.2.1: the response holds the registered
     * metadata, which may differ from what was asked); without one, {@code none} for a client without a secret,
     * else the first secret-based method the server supports.
     */
    static String choose(String registered, boolean hasSecret, List<String> serverMethods) {
        String method;
        if (registered != null) {
            method = registered;
        } else if (!hasSecret) {
            method = ClientRegistration.AUTH_NONE;
        } else if (serverMethods.contains(ClientRegistration.AUTH_CLIENT_SECRET_BASIC)) {
            method = ClientRegistration.AUTH_CLIENT_SECRET_BASIC;
        } else if (serverMethods.contains(ClientRegistration.AUTH_CLIENT_SECRET_POST)) {
            method = ClientRegistration.AUTH_CLIENT_SECRET_POST;
        } else if (serverMethods.contains(ClientRegistration.AUTH_NONE)) {
            method = ClientRegistration.AUTH_NONE; // a secret handed out unasked, for a server that never checks it
        } else {
            method = ClientRegistration.AUTH_CLIENT_SECRET_BASIC;
        }
        if (!List.of(ClientRegistration.AUTH_NONE, ClientRegistration.AUTH_CLIENT_SECRET_BASIC,
                ClientRegistration.AUTH_CLIENT_SECRET_POST).contains(method)) {
            throw new RegistrationException("The authorization server registered hexgate for token endpoint "
                    + "authentication " + method + ", which hexgate does not implement");
        }
        if (!method.equals(ClientRegistration.AUTH_NONE) && !hasSecret) {
            throw new RegistrationException("The authorization server registered hexgate for " + method
                    + " but issued no client secret");
        }
        return method;
    }

    /** Client authentication for a secret-based method; null for a public client (client_id goes in the body). */
    static ClientAuthentication authentication(ClientRegistration registration) {
        ClientID id = new ClientID(registration.clientId());
        switch (registration.tokenEndpointAuthMethod()) {
            case ClientRegistration.AUTH_CLIENT_SECRET_BASIC:
                return new ClientSecretBasic(id, new Secret(registration.clientSecret()));
            case ClientRegistration.AUTH_CLIENT_SECRET_POST:
                return new ClientSecretPost(id, new Secret(registration.clientSecret()));
            default:
                return null;
        }
    }
}
