package dev.hexgate.vault.grants;

import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.oauth.HexOAuthClient;
import dev.hexgate.vault.oauth.RevocationResult;
import dev.hexgate.vault.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user unlinks a Hex account: the grant is revoked at Hex where Hex supports it (the refresh token first, which
 * ends the grant, then the access token), then deleted here, with {@code CredentialRevoked} ({@code disconnected})
 * and a {@code credential.disconnected} audit record queued in the same transaction. A failed revocation is
 * reported, and the local delete happens all the same: the user asked for hexgate to forget it. Blocking.
 */
@Component
public class Disconnection {

    private static final Logger log = LoggerFactory.getLogger(Disconnection.class);

    /**
     * What happened.
     *
     * @param revokedAtHex true: Hex revoked it; false: revocation was tried and failed; null: there is nothing to
     *                     revoke at Hex (personal API tokens, or a server without a revocation endpoint)
     */
    public record Result(boolean disconnected, Boolean revokedAtHex) {
    }

    private final CredentialStore store;
    private final HexOAuthClient oauth;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Disconnection(CredentialStore store, HexOAuthClient oauth, Outbox outbox,
            PlatformTransactionManager transactionManager, Optional<Clock> clock) {
        this.store = store;
        this.oauth = oauth;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Result disconnect(String userKey, Provider provider) {
        Boolean revokedAtHex = null;
        if (provider == Provider.HEX_MCP) {
            Optional<HexMcpCredential> grant = store.findHexMcp(userKey).map(s -> s.credential());
            if (grant.isEmpty()) {
                return new Result(false, null);
            }
            revokedAtHex = revokeAtHex(userKey, grant.get());
        }
        Boolean atHex = revokedAtHex;
        Boolean deleted = transactions.execute(status -> {
            if (!store.delete(userKey, provider)) {
                return false;
            }
            Instant now = clock.instant();
            outbox.add(CredentialEvents.revoked(userKey, provider, "disconnected", now));
            Map<String, Object> details = new HashMap<>();
            details.put("revokedAtHex", atHex);
            outbox.add(CredentialEvents.audit(userKey, CredentialEvents.DISCONNECTED, provider, "succeeded", null,
                    details, now));
            return true;
        });
        return new Result(Boolean.TRUE.equals(deleted), Boolean.TRUE.equals(deleted) ? atHex : null);
    }

    private Boolean revokeAtHex(String userKey, HexMcpCredential grant) {
        try {
            RevocationResult result = oauth.revoke(StoredGrants.server(grant, oauth.settings().mcpUrl()),
                            StoredGrants.client(grant), StoredGrants.tokens(grant, clock.instant()))
                    .block(oauth.settings().requestTimeout().multipliedBy(2).plus(Duration.ofSeconds(1)));
            if (result == RevocationResult.NOT_SUPPORTED) {
                return null;
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("could not revoke the Hex MCP grant of user {} at Hex (deleting it here anyway): {}", userKey,
                    e.getMessage());
            return false;
        }
    }
}
