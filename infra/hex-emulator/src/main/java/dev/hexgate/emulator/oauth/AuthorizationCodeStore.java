package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.state.Resettable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Authorization codes. A redeemed code is kept (marked with its grant) until long after it expired, so that
 * presenting it again is recognised as a replay rather than as an unknown code.
 */
@Component
class AuthorizationCodeStore implements Resettable {

    private final Map<String, AuthorizationCode> byValue = new ConcurrentHashMap<>();
    private final OAuthClock clock;
    private final OAuthSettings settings;

    AuthorizationCodeStore(OAuthClock clock, OAuthSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    String issue(AuthorizationRequest request, String userEmail) {
        String code = SecureTokens.random("");
        Instant expiresAt = clock.now().plus(settings.current().authorizationCodeTtl());
        byValue.put(code, new AuthorizationCode(request, userEmail, expiresAt, null));
        return code;
    }

    Optional<AuthorizationCode> find(String code) {
        return Optional.ofNullable(byValue.get(code));
    }

    /** Marks the code as exchanged for {@code grantId}; the token endpoint serializes exchanges of codes. */
    void redeem(String code, String grantId) {
        byValue.computeIfPresent(code, (k, current) -> current.redeemedAs(grantId));
    }

    @Override
    public void reset() {
        byValue.clear();
    }
}
