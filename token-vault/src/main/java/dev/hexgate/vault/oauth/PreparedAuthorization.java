package dev.hexgate.vault.oauth;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One authorization request, ready to send the user to. Keep {@link #codeVerifier()} with the authorization attempt
 * (it is needed, once, for the code exchange) and never show it, the URL or the state to anyone but the user's
 * browser: {@link #toString()} redacts all three.
 *
 * @param authorizationUrl the authorization endpoint with {@code response_type=code}, {@code client_id},
 *                         {@code redirect_uri}, {@code state}, {@code code_challenge} (S256),
 *                         {@code code_challenge_method}, {@code resource} and, when there are scopes, {@code scope}
 * @param state            the caller's {@code state}, echoed back on the redirect
 * @param codeVerifier     the PKCE verifier (RFC 7636) whose S256 challenge is in the URL
 * @param scopes           the scopes asked for (empty: no {@code scope} parameter)
 */
public record PreparedAuthorization(URI authorizationUrl, String state, String codeVerifier, List<String> scopes) {

    public PreparedAuthorization {
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "PreparedAuthorization[authorizationUrl=(redacted), state=(redacted), codeVerifier=(redacted), scopes="
                + scopes + "]";
    }
}
