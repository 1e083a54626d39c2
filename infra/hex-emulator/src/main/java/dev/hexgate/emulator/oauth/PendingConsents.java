package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.state.Resettable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Authorization requests waiting for the user's answer on the consent page. The page's form carries only an opaque
 * id, so the answer cannot smuggle in a different client, redirect URI or scope than the ones validated.
 */
@Component
class PendingConsents implements Resettable {

    private final Map<String, Pending> byId = new ConcurrentHashMap<>();
    private final OAuthClock clock;
    private final OAuthSettings settings;

    PendingConsents(OAuthClock clock, OAuthSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Holds the request and returns the id the consent form posts back. */
    String hold(AuthorizationRequest request) {
        Instant now = clock.now();
        byId.values().removeIf(p -> p.isExpired(now));
        String id = SecureTokens.random("");
        byId.put(id, new Pending(request, now.plus(settings.current().consentTtl())));
        return id;
    }

    /** Removes and returns the request; each id can be answered once, and not after it expired. */
    Optional<AuthorizationRequest> take(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Pending pending = byId.remove(id);
        return pending == null || pending.isExpired(clock.now()) ? Optional.empty() : Optional.of(pending.request());
    }

    @Override
    public void reset() {
        byId.clear();
    }

    private record Pending(AuthorizationRequest request, Instant expiresAt) {
        boolean isExpired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
