package dev.hexgate.vault.oauth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.oauth2.sdk.token.TypelessAccessToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The token endpoint (authorization code with PKCE, refresh with rotation) and the revocation endpoint. Every
 * request names the resource (RFC 8707) and authenticates as the registration says.
 */
final class TokenEndpoint {

    private static final String CODE_GRANT = "authorization_code";
    private static final String REFRESH_GRANT = "refresh_token";

    private final OAuthHttp http;
    private final Clock clock;

    TokenEndpoint(OAuthHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    Mono<OAuthTokens> exchangeCode(DiscoveredServer server, ClientRegistration registration, String code,
            String codeVerifier) {
        return Mono.defer(() -> {
            CodeVerifier verifier;
            try {
                verifier = new CodeVerifier(codeVerifier);
            } catch (IllegalArgumentException e) {
                return Mono.error(new OAuthClientException("The code verifier is not a valid PKCE verifier"));
            }
            AuthorizationGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code),
                    registration.redirectUri(), verifier);
            return send(server, registration, grant, CODE_GRANT)
                    .map(response -> tokens(server, response, null, server.scopes()));
        });
    }

    Mono<OAuthTokens> refresh(DiscoveredServer server, ClientRegistration registration, OAuthTokens current) {
        if (!current.hasRefreshToken()) {
            return Mono.error(new OAuthClientException("These tokens have no refresh token (no offline_access was "
                    + "granted); the user has to authorize again"));
        }
        AuthorizationGrant grant = new RefreshTokenGrant(new RefreshToken(current.refreshToken()));
        return send(server, registration, grant, REFRESH_GRANT)
                .map(response -> tokens(server, response, current.refreshToken(), current.scopes()));
    }

    Mono<RevocationResult> revoke(DiscoveredServer server, ClientRegistration registration, String token,
            TokenKind kind) {
        if (!server.supportsRevocation()) {
            return Mono.just(RevocationResult.NOT_SUPPORTED);
        }
        // The token's class decides token_type_hint.
        Token revoked = kind == TokenKind.REFRESH_TOKEN ? new RefreshToken(token) : new TypelessAccessToken(token);
        ClientAuthentication authentication = TokenEndpointAuth.authentication(registration);
        TokenRevocationRequest request = authentication == null
                ? new TokenRevocationRequest(server.revocationEndpoint(), new ClientID(registration.clientId()),
                        revoked)
                : new TokenRevocationRequest(server.revocationEndpoint(), authentication, revoked);
        return http.send(request.toHTTPRequest(), "revoking at " + server.revocationEndpoint())
                .map(response -> {
                    if (response.indicatesSuccess()) {
                        return RevocationResult.REVOKED;
                    }
                    throw failure("revocation", response);
                });
    }

    private Mono<AccessTokenResponse> send(DiscoveredServer server, ClientRegistration registration,
            AuthorizationGrant grant, String grantName) {
        ClientAuthentication authentication = TokenEndpointAuth.authentication(registration);
        TokenRequest.Builder builder = authentication == null
                ? new TokenRequest.Builder(server.tokenEndpoint(), new ClientID(registration.clientId()), grant)
                : new TokenRequest.Builder(server.tokenEndpoint(), authentication, grant);
        TokenRequest request = builder.resources(server.resource()).build();
        return http.send(request.toHTTPRequest(), "the " + grantName + " request to " + server.tokenEndpoint())
                .map(response -> {
                    TokenResponse parsed;
                    try {
                        parsed = TokenResponse.parse(response);
                    } catch (ParseException e) {
                        throw response.indicatesSuccess()
                                ? new OAuthTransportException("The token endpoint " + server.tokenEndpoint()
                                        + " answered HTTP " + response.getStatusCode() + " with no usable token "
                                        + "response: " + e.getMessage())
                                : failure(grantName, response);
                    }
                    if (!parsed.indicatesSuccess()) {
                        throw failure(grantName, response);
                    }
                    return parsed.toSuccessResponse();
                });
    }

    private OAuthTokens tokens(DiscoveredServer server, AccessTokenResponse response, String previousRefreshToken,
            List<String> previousScopes) {
        Instant now = clock.instant();
        AccessToken access = response.getTokens().getAccessToken();
        RefreshToken refresh = response.getTokens().getRefreshToken();
        // RFC 6749 §5.1: no scope in the response means the scope requested; §6: no new refresh token means the
        // old one stays valid. With rotation (Hex, the emulator) a new one always comes and replaces the old.
        List<String> scopes = access.getScope() == null ? previousScopes : Scopes.split(access.getScope().toString());
        return new OAuthTokens(server.issuer(), access.getValue(),
                refresh != null ? refresh.getValue() : previousRefreshToken,
                access.getLifetime() > 0 ? now.plusSeconds(access.getLifetime()) : null,
                scopes, now);
    }

    /** The typed error for an OAuth error answer; a transport error when the answer is not an OAuth error. */
    private static OAuthClientException failure(String grantName, HTTPResponse response) {
        ErrorObject error;
        try {
            error = TokenErrorResponse.parse(response).getErrorObject();
        } catch (ParseException e) {
            error = null;
        }
        String code = error == null ? null : error.getCode();
        if (code == null) {
            return new OAuthTransportException("The " + grantName + " request got HTTP " + response.getStatusCode()
                    + " without an OAuth error");
        }
        String description = error.getDescription();
        switch (code) {
            case "invalid_grant":
                return new InvalidGrantException(grantName, description);
            case "invalid_client":
            case "unauthorized_client":
                return new InvalidClientException(grantName, code, description);
            default:
                return new TokenRequestException(grantName, code, description);
        }
    }
}
