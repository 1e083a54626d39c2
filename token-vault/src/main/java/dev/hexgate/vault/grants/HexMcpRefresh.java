package dev.hexgate.vault.grants;

import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.CredentialsProperties;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.oauth.HexOAuthClient;
import dev.hexgate.vault.oauth.InvalidGrantException;
import dev.hexgate.vault.oauth.OAuthClientException;
import dev.hexgate.vault.oauth.OAuthTokens;
import dev.hexgate.vault.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A usable Hex MCP access token for a user: the stored one while it is good for longer than the expiry margin, else
 * a refreshed one. The refresh is single-flight across instances: it runs under the credential row's lock
 * ({@link CredentialStore#updateHexMcpUnderLock}); callers that waited for the lock find the token already
 * refreshed and use it. The rotated refresh token replaces the old one in the same write. When Hex says
 * {@code invalid_grant}, the grant is gone: the credential is deleted and {@code CredentialRevoked}
 * ({@code invalid_grant}) queued in the outbox, in the same transaction. Blocking: call it off the event loop.
 */
@Component
public class HexMcpRefresh {

    private static final Logger log = LoggerFactory.getLogger(HexMcpRefresh.class);

    /** What a caller gets. */
    public sealed interface Outcome permits Usable, AuthorizationRequired, RefreshFailed {
    }

    /** A token good for longer than the margin. */
    public record Usable(HexMcpCredential credential) implements Outcome {
    }

    /** No grant (never connected, or Hex refused the refresh token and it was deleted). */
    public record AuthorizationRequired(boolean revokedNow) implements Outcome {
    }

    /** Hex could not be asked (unreachable, 5xx, another OAuth error): the grant is kept, the caller may retry. */
    public record RefreshFailed(String reason) implements Outcome {
    }

    private final CredentialStore store;
    private final CredentialsProperties properties;
    private final HexOAuthClient oauth;
    private final Outbox outbox;
    private final Clock clock;

    public HexMcpRefresh(CredentialStore store, CredentialsProperties properties, HexOAuthClient oauth, Outbox outbox,
            Optional<Clock> clock) {
        this.store = store;
        this.properties = properties;
        this.oauth = oauth;
        this.outbox = outbox;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Outcome usableToken(String userKey) {
        Optional<HexMcpCredential> found = store.findHexMcp(userKey).map(s -> s.credential());
        if (found.isEmpty()) {
            return new AuthorizationRequired(false);
        }
        if (!found.get().expiresWithin(clock.instant(), properties.expiryMargin())) {
            return new Usable(found.get());
        }
        return refresh(userKey);
    }

    private Outcome refresh(String userKey) {
        AtomicReference<Outcome> problem = new AtomicReference<>();
        Optional<HexMcpCredential> after = store.updateHexMcpUnderLock(userKey, current -> {
            Instant now = clock.instant();
            if (!current.expiresWithin(now, properties.expiryMargin())) {
                return current; // another caller refreshed it while this one waited for the lock
            }
            if (current.refreshToken() == null) {
                revokeLocally(userKey, "no_refresh_token", now);
                problem.set(new AuthorizationRequired(true));
                return null;
            }
            try {
                OAuthTokens tokens = oauth.refresh(StoredGrants.server(current, oauth.settings().mcpUrl()),
                                StoredGrants.client(current), StoredGrants.tokens(current, now))
                        .block(requestLimit());
                log.info("refreshed the Hex MCP token of user {}, now valid until {}", userKey, tokens.expiresAt());
                return current.withTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                        tokens.scopes());
            } catch (InvalidGrantException e) {
                log.info("Hex refused the refresh token of user {} (invalid_grant): deleting the grant", userKey);
                revokeLocally(userKey, "invalid_grant", now);
                problem.set(new AuthorizationRequired(true));
                return null;
            } catch (OAuthClientException | IllegalStateException e) {
                log.warn("could not refresh the Hex MCP token of user {}: {}", userKey, e.getMessage());
                problem.set(new RefreshFailed(e.getMessage()));
                return null;
            }
        });
        if (problem.get() != null) {
            return problem.get();
        }
        if (after.isEmpty()) {
            return new AuthorizationRequired(false); // deleted while this caller waited
        }
        if (after.get().expiresWithin(clock.instant(), properties.expiryMargin())) {
            return new RefreshFailed("Hex issued a token that expires within the expiry margin");
        }
        return new Usable(after.get());
    }

    /** Inside the row's transaction: the grant goes, and the event that says so commits with it. */
    private void revokeLocally(String userKey, String reason, Instant now) {
        store.delete(userKey, Provider.HEX_MCP);
        outbox.add(CredentialEvents.revoked(userKey, Provider.HEX_MCP, reason, now));
        outbox.add(CredentialEvents.audit(userKey, CredentialEvents.REVOKED, Provider.HEX_MCP, "succeeded", null,
                Map.of("reason", reason), now));
    }

    private Duration requestLimit() {
        return oauth.settings().requestTimeout().plus(oauth.settings().connectTimeout()).plusSeconds(1);
    }
}
