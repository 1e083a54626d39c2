package dev.hexgate.vault.oauth;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Building the authorization request and reading the redirect that answers it. */
final class AuthorizationRequests {

    static final String INVALID_RESPONSE = "invalid_response";

    private AuthorizationRequests() {
    }

    /** A fresh PKCE verifier (32 random bytes, RFC 7636 §4.1) and the URL carrying its S256 challenge. */
    static PreparedAuthorization prepare(DiscoveredServer server, ClientRegistration registration, String state) {
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("state must be a non-blank, unguessable value");
        }
        if (!registration.issuer().equals(server.issuer())) {
            throw new IllegalArgumentException("the registration is for " + registration.issuer() + ", not "
                    + server.issuer());
        }
        CodeVerifier verifier = new CodeVerifier();
        List<String> scopes = server.scopes();
        URI url = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(registration.clientId()))
                .endpointURI(server.authorizationEndpoint())
                .redirectionURI(registration.redirectUri())
                .scope(scopes.isEmpty() ? null : new Scope(scopes.toArray(String[]::new)))
                .state(new State(state))
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .resources(server.resource())
                .build()
                .toURI();
        return new PreparedAuthorization(url, state, verifier.getValue(), scopes);
    }

    /**
     * The code from the redirect's parameters, after checking that it answers our request: the {@code state} we
     * sent, the issuer we talked to (RFC 9207 {@code iss}, required when the server promised it), and no error.
     */
    static String code(DiscoveredServer server, String expectedState, Map<String, String> parameters) {
        String state = parameters.get("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8))) {
            throw new AuthorizationResponseException(INVALID_RESPONSE,
                    "The authorization response does not carry the state of this authorization request");
        }
        String issuer = parameters.get("iss");
        if (issuer == null ? server.issuerInAuthorizationResponse() : !issuer.equals(server.issuer())) {
            throw new AuthorizationResponseException(INVALID_RESPONSE, "The authorization response comes from "
                    + (issuer == null ? "an unnamed issuer" : issuer) + ", not " + server.issuer()
                    + " (RFC 9207 mix-up check)");
        }
        String error = parameters.get("error");
        if (error != null) {
            String description = parameters.get("error_description");
            throw new AuthorizationResponseException(error, "The authorization server answered " + error
                    + (description == null ? "" : " (" + description + ")"));
        }
        String code = parameters.get("code");
        if (code == null || code.isBlank()) {
            throw new AuthorizationResponseException(INVALID_RESPONSE, "The authorization response has no code");
        }
        return code;
    }

    /** The query parameters of a redirect URL (first value of each), decoded. */
    static Map<String, String> parameters(URI redirect) {
        String query = redirect.getRawQuery();
        if (query == null || query.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
