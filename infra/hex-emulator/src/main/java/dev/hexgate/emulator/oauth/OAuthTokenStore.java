package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.state.Resettable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Access and refresh tokens, grouped by grant: one grant per exchanged authorization code, shared by every token
 * refreshed from it. Revoking a grant kills the whole family, which is how replayed codes and replayed (rotated)
 * refresh tokens are answered. Guarded by the store's monitor: traffic is light and a family must change at once.
 */
@Component
public class OAuthTokenStore implements Resettable {

    private final Map<String, Grant> grants = new HashMap<>();
    private final Map<String, AccessToken> accessTokens = new LinkedHashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new LinkedHashMap<>();
    private final List<String> issueOrder = new ArrayList<>();
    private final OAuthClock clock;
    private final OAuthSettings settings;

    OAuthTokenStore(OAuthClock clock, OAuthSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts a grant and issues its first tokens; a refresh token only if {@code withRefreshToken}. */
    synchronized Issued issue(String clientId, String userEmail, Set<String> scopes, boolean withRefreshToken) {
        Grant grant = new Grant(UUID.randomUUID().toString(), clientId, userEmail, Set.copyOf(scopes));
        grants.put(grant.id, grant);
        return issueTokens(grant, grant.scopes, withRefreshToken);
    }

    /**
     * Exchanges a refresh token for new tokens and retires it (rotation). Presenting an already rotated token means
     * two parties hold it, so the whole grant is revoked (OAuth 2.1 §4.3.1).
     */
    synchronized Issued rotate(String refreshToken, String clientId, Optional<Set<String>> narrowerScopes) {
        RefreshToken current = refreshTokens.get(refreshToken);
        Grant grant = current == null ? null : grants.get(current.grantId);
        if (grant == null || !grant.clientId.equals(clientId)) {
            throw OAuthException.invalidGrant("Unknown refresh token");
        }
        if (grant.revoked) {
            throw OAuthException.invalidGrant("The refresh token was revoked");
        }
        if (current.rotated) {
            grant.revoked = true;
            throw OAuthException.invalidGrant("The refresh token was already used; every token of this grant is "
                    + "now revoked");
        }
        if (!clock.now().isBefore(current.expiresAt)) {
            throw OAuthException.invalidGrant("The refresh token has expired");
        }
        Set<String> scopes = narrowerScopes.orElse(grant.scopes);
        if (!grant.scopes.containsAll(scopes)) {
            throw new OAuthException("invalid_scope", "A refresh can only narrow the granted scope");
        }
        current.rotated = true;
        return issueTokens(grant, scopes, true);
    }

    synchronized void revokeGrant(String grantId) {
        Grant grant = grants.get(grantId);
        if (grant != null) {
            grant.revoked = true;
        }
    }

    /**
     * RFC 7009 revocation by the client the token was issued to; other clients' and unknown tokens are ignored. A
     * refresh token takes its whole grant with it, an access token only itself.
     */
    synchronized void revoke(String token, String clientId) {
        AccessToken access = accessTokens.get(token);
        if (access != null && grants.get(access.grantId).clientId.equals(clientId)) {
            access.revoked = true;
        }
        RefreshToken refresh = refreshTokens.get(token);
        if (refresh != null && grants.get(refresh.grantId).clientId.equals(clientId)) {
            revokeGrant(refresh.grantId);
        }
    }

    /** The user of a live access token: known, unexpired, not revoked, grant not revoked. */
    synchronized Optional<String> userOfLiveAccessToken(String token) {
        AccessToken access = accessTokens.get(token);
        if (access == null || access.revoked || !clock.now().isBefore(access.expiresAt)) {
            return Optional.empty();
        }
        Grant grant = grants.get(access.grantId);
        return grant.revoked ? Optional.empty() : Optional.of(grant.userEmail);
    }

    /** Every token issued since start (or the last reset), in issue order. */
    public synchronized List<IssuedOAuthToken> issuedTokens() {
        List<IssuedOAuthToken> tokens = new ArrayList<>();
        for (String value : issueOrder) {
            AccessToken access = accessTokens.get(value);
            if (access != null) {
                Grant grant = grants.get(access.grantId);
                tokens.add(new IssuedOAuthToken(value, IssuedOAuthToken.ACCESS, grant.userEmail, grant.clientId,
                        access.expiresAt, access.revoked || grant.revoked));
            } else {
                RefreshToken refresh = refreshTokens.get(value);
                Grant grant = grants.get(refresh.grantId);
                tokens.add(new IssuedOAuthToken(value, IssuedOAuthToken.REFRESH, grant.userEmail,
                        grant.clientId, refresh.expiresAt, refresh.rotated || grant.revoked));
            }
        }
        return tokens;
    }

    @Override
    public synchronized void reset() {
        grants.clear();
        accessTokens.clear();
        refreshTokens.clear();
        issueOrder.clear();
    }

    private Issued issueTokens(Grant grant, Set<String> scopes, boolean withRefreshToken) {
        Instant now = clock.now();
        OAuthSettings.Settings current = settings.current();
        String access = SecureTokens.random(SecureTokens.ACCESS_TOKEN_PREFIX);
        accessTokens.put(access, new AccessToken(grant.id, now.plus(current.accessTokenTtl())));
        issueOrder.add(access);
        String refresh = null;
        if (withRefreshToken) {
            refresh = SecureTokens.random(SecureTokens.REFRESH_TOKEN_PREFIX);
            refreshTokens.put(refresh, new RefreshToken(grant.id, now.plus(current.refreshTokenTtl())));
            issueOrder.add(refresh);
        }
        return new Issued(grant.id, access, current.accessTokenTtl(), refresh, Set.copyOf(scopes));
    }

    /** What one issuance produced; {@code refreshToken} may be null. */
    record Issued(String grantId, String accessToken, Duration accessTokenTtl, String refreshToken,
            Set<String> scopes) {
    }

    /** Mutable state of a family; fields are only touched under the store's monitor. */
    private static final class Grant {
        final String id;
        final String clientId;
        final String userEmail;
        final Set<String> scopes;
        boolean revoked;

        Grant(String id, String clientId, String userEmail, Set<String> scopes) {
            this.id = id;
            this.clientId = clientId;
            this.userEmail = userEmail;
            this.scopes = scopes;
        }
    }

    private static final class AccessToken {
        final String grantId;
        final Instant expiresAt;
        boolean revoked;

        AccessToken(String grantId, Instant expiresAt) {
            this.grantId = grantId;
            this.expiresAt = expiresAt;
        }
    }

    private static final class RefreshToken {
        final String grantId;
        final Instant expiresAt;
        boolean rotated;

        RefreshToken(String grantId, Instant expiresAt) {
            this.grantId = grantId;
            this.expiresAt = expiresAt;
        }
    }
}
