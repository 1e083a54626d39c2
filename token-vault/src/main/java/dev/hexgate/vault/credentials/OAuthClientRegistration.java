package dev.hexgate.vault.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * The OAuth client hexgate registered at Hex's authorization server (RFC 7591) for this credential: refresh and
 * revoke must use the same client.
 *
 * @param clientId     as the authorization server issued it
 * @param clientSecret usually null (hexgate registers a public client); encrypted at rest when present
 * @param redirectUri  the redirect URI registered with it
 * @param registeredAt when it was registered
 */
public record OAuthClientRegistration(String clientId, String clientSecret, String redirectUri, Instant registeredAt) {

    public OAuthClientRegistration {
        Objects.requireNonNull(clientId, "clientId");
    }

    @Override
    public String toString() {
        return "OAuthClientRegistration[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "***")
                + ", redirectUri=" + redirectUri + ", registeredAt=" + registeredAt + "]";
    }
}
