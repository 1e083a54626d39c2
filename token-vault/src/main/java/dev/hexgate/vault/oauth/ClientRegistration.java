package dev.hexgate.vault.oauth;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * hexgate's client at one authorization server: what dynamic registration (RFC 7591) returned, or a client
 * registered by hand. Store it per issuer and redirect URI and reuse it while {@link #reusableFor} says so.
 *
 * @param issuer                  the authorization server it is registered with
 * @param clientId                {@code client_id}
 * @param clientSecret            {@code client_secret}; null for a public client (what hexgate registers as).
 *                                A secret: keep it encrypted; {@link #toString()} never shows it
 * @param tokenEndpointAuthMethod {@code none}, {@code client_secret_basic} or {@code client_secret_post}
 * @param redirectUri             the redirect URI registered (hexgate's callback)
 * @param registeredAt            when hexgate registered it
 * @param clientSecretExpiresAt   when the secret expires, or null (no secret, or one that does not expire)
 */
public record ClientRegistration(
        String issuer,
        String clientId,
        String clientSecret,
        String tokenEndpointAuthMethod,
        URI redirectUri,
        Instant registeredAt,
        Instant clientSecretExpiresAt) {

    public static final String AUTH_NONE = "none";
    public static final String AUTH_CLIENT_SECRET_BASIC = "client_secret_basic";
    public static final String AUTH_CLIENT_SECRET_POST = "client_secret_post";

    public ClientRegistration {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (!tokenEndpointAuthMethod.equals(AUTH_NONE) && clientSecret == null) {
            throw new IllegalArgumentException(tokenEndpointAuthMethod + " needs a client secret");
        }
    }

    /** A public client: no secret, PKCE is its only proof at the token endpoint. */
    public boolean publicClient() {
        return AUTH_NONE.equals(tokenEndpointAuthMethod);
    }

    /**
     * Whether this registration can be used with {@code server} and {@code redirectUri}: the same issuer (client ids
     * are only meaningful to the server that issued them), the same redirect URI (the server matches it exactly; a
     * changed callback URL needs a new registration) and, if it has a secret, one that has not expired.
     */
    public boolean reusableFor(DiscoveredServer server, URI redirectUri, Instant now) {
        return issuer.equals(server.issuer())
                && this.redirectUri.equals(redirectUri)
                && (clientSecretExpiresAt == null || now.isBefore(clientSecretExpiresAt));
    }

    @Override
    public String toString() {
        return "ClientRegistration[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "(redacted)") + ", tokenEndpointAuthMethod="
                + tokenEndpointAuthMethod + ", redirectUri=" + redirectUri + ", registeredAt=" + registeredAt
                + ", clientSecretExpiresAt=" + clientSecretExpiresAt + "]";
    }
}
