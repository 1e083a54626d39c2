package dev.hexgate.emulator.oauth;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The two grants of the token endpoint. Failed checks leave an authorization code usable (a wrong verifier or a
 * stranger's attempt must not burn the legitimate client's code); a second successful-looking use revokes
 * everything issued from the first (RFC 6749 §4.1.2, OAuth 2.1 §4.1.3).
 */
@Component
class TokenGrants {

    private final AuthorizationCodeStore codes;
    private final OAuthTokenStore tokens;
    private final OAuthClock clock;
    private final OAuthUrls urls;

    TokenGrants(AuthorizationCodeStore codes, OAuthTokenStore tokens, OAuthClock clock, OAuthUrls urls) {
        this.codes = codes;
        this.tokens = tokens;
        this.clock = clock;
        this.urls = urls;
    }

    // Synchronized so that two concurrent exchanges of one code cannot both succeed.
    synchronized TokenResponse authorizationCode(RegisteredClient client, FormParameters form) {
        String codeValue = form.required("code");
        String verifier = form.required("code_verifier");
        Optional<String> redirectUri = form.optional("redirect_uri");
        checkResource(form);
        AuthorizationCode code = codes.find(codeValue)
                .orElseThrow(() -> OAuthException.invalidGrant("Unknown authorization code"));
        if (code.isRedeemed()) {
            tokens.revokeGrant(code.grantId());
            throw OAuthException.invalidGrant("The authorization code was already used; tokens issued for it are "
                    + "revoked");
        }
        AuthorizationRequest request = code.request();
        if (!request.client().clientId().equals(client.clientId())) {
            throw OAuthException.invalidGrant("The authorization code was issued to another client");
        }
        if (code.isExpired(clock.now())) {
            throw OAuthException.invalidGrant("The authorization code has expired");
        }
        // Required when the authorization request carried it; if sent anyway, it must still match.
        boolean redirectMatches = redirectUri.map(uri -> uri.equals(request.redirectUri()))
                .orElse(!request.redirectUriSent());
        if (!redirectMatches) {
            throw OAuthException.invalidGrant("redirect_uri differs from the one in the authorization request");
        }
        if (!Pkce.isWellFormed(verifier)) {
            throw OAuthException.invalidRequest("code_verifier must be 43 to 128 unreserved characters");
        }
        if (!Pkce.matches(verifier, request.codeChallenge())) {
            throw OAuthException.invalidGrant("code_verifier does not match the code_challenge");
        }
        OAuthTokenStore.Issued issued = tokens.issue(client.clientId(), code.userEmail(), request.scopes(),
                wantsRefreshToken(client, request.scopes()));
        codes.redeem(codeValue, issued.grantId());
        return response(issued);
    }

    TokenResponse refreshToken(RegisteredClient client, FormParameters form) {
        String refreshToken = form.required("refresh_token");
        checkResource(form);
        Optional<Set<String>> scopes = form.optional("scope").map(Scopes::parse).filter(s -> !s.isEmpty());
        return response(tokens.rotate(refreshToken, client.clientId(), scopes));
    }

    /**
     * Refresh tokens only for grants that asked for {@code offline_access} (the scope's meaning) from clients
     * registered for the refresh_token grant.
     */
    private static boolean wantsRefreshToken(RegisteredClient client, Set<String> scopes) {
        return scopes.contains(Scopes.OFFLINE_ACCESS) && client.allowsGrant(RegisteredClient.GRANT_REFRESH_TOKEN);
    }

    private void checkResource(FormParameters form) {
        form.optional("resource").filter(r -> !r.equals(urls.mcpResource())).ifPresent(r -> {
            throw new OAuthException("invalid_target", "resource must be " + urls.mcpResource());
        });
    }

    private static TokenResponse response(OAuthTokenStore.Issued issued) {
        return new TokenResponse(issued.accessToken(), "Bearer", issued.accessTokenTtl().toSeconds(),
                issued.refreshToken(), Scopes.format(issued.scopes()));
    }
}
