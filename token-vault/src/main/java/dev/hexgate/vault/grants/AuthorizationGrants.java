package dev.hexgate.vault.grants;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.vault.attempts.Attempt;
import dev.hexgate.vault.attempts.AuthorizationAttempts;
import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.HexApiCredential;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user connected a Hex account: in ONE transaction the credential is stored, the attempt it answers (if any) is
 * marked granted, and {@code AuthorizationGranted} (with the parked command) and a {@code credential.connected}
 * audit record are queued in the outbox. So the event goes out if and only if the credential is there. Blocking.
 */
@Component
public class AuthorizationGrants {

    private final CredentialStore store;
    private final AuthorizationAttempts attempts;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AuthorizationGrants(CredentialStore store, AuthorizationAttempts attempts, Outbox outbox,
            PlatformTransactionManager transactionManager, Optional<Clock> clock) {
        this.store = store;
        this.attempts = attempts;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The OAuth grant from an attempt's callback. */
    public void hexMcpGranted(Attempt attempt, HexMcpCredential credential) {
        transactions.executeWithoutResult(status -> {
            store.saveHexMcp(attempt.userKey(), credential);
            attempts.complete(attempt.id(), "granted");
            announce(attempt.userKey(), Provider.HEX_MCP, parked(attempt));
        });
    }

    /** A personal API token stored through the page, opened from an attempt's start URL or from a connect link. */
    public void hexApiGranted(String userKey, HexApiCredential credential, UUID attemptId) {
        transactions.executeWithoutResult(status -> {
            store.saveHexApi(userKey, credential);
            CommandRequested parked = null;
            if (attemptId != null && attempts.complete(attemptId, "granted")) {
                parked = attempts.find(attemptId).map(AuthorizationGrants::parked).orElse(null);
            }
            announce(userKey, Provider.HEX_API, parked);
        });
    }

    private void announce(String userKey, Provider provider, CommandRequested parked) {
        Instant now = clock.instant();
        outbox.add(CredentialEvents.granted(userKey, provider, parked, now));
        outbox.add(CredentialEvents.audit(userKey, CredentialEvents.CONNECTED, provider, "succeeded",
                parked == null ? null : parked.commandId(), Map.of(), now));
    }

    private static CommandRequested parked(Attempt attempt) {
        return attempt.parkedCommand() == null ? null
                : EventCodec.decode(attempt.parkedCommand().getBytes(StandardCharsets.UTF_8), CommandRequested.class);
    }
}
