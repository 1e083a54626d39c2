package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How the emulator's authorization server behaves: token lifetimes and whether consent is given without a page.
 * Starts from {@link Settings} ({@code hexgate.emulator.oauth.*}); tests in the shared context may change it at
 * runtime (and restore it), and a reset puts the configured values back, like {@code Timings}.
 */
@Component
public class OAuthSettings implements Resettable {

    private static final Logger log = LoggerFactory.getLogger(OAuthSettings.class);

    private final Workspace workspace;
    private final Settings configured;
    private final AtomicReference<Settings> current;

    public OAuthSettings(Settings configured, Workspace workspace) {
        this.workspace = workspace;
        this.configured = checked(configured);
        this.current = new AtomicReference<>(this.configured);
        configured.autoApproveEmail().ifPresent(email ->
                log.info("OAuth consent is automatic: every authorization request is approved as {}", email));
    }

    public Settings current() {
        return current.get();
    }

    public void set(Settings settings) {
        current.set(checked(Objects.requireNonNull(settings)));
    }

    @Override
    public void reset() {
        current.set(configured);
    }

    // A typo in the auto-approve email would otherwise only surface as a confusing failure in the first flow.
    private Settings checked(Settings settings) {
        settings.autoApproveEmail().ifPresent(email -> {
            if (workspace.userByEmail(email).isEmpty()) {
                throw new IllegalArgumentException(
                        "hexgate.emulator.oauth.auto-approve-user is not a workspace user: " + email);
            }
        });
        return settings;
    }

    /**
     * @param autoApproveUser email of the workspace user every authorization request is approved as, skipping the
     *     consent page (for headless tests); blank means the page is shown (env
     *     {@code HEX_EMULATOR_OAUTH_AUTO_APPROVE_USER}). A request with {@code prompt=consent} still gets the page.
     * @param accessTokenTtl lifetime of access tokens (env {@code HEX_EMULATOR_OAUTH_ACCESS_TOKEN_TTL})
     * @param refreshTokenTtl lifetime of each refresh token; rotation issues a fresh one (env
     *     {@code HEX_EMULATOR_OAUTH_REFRESH_TOKEN_TTL})
     * @param authorizationCodeTtl how long an authorization code can be exchanged (env
     *     {@code HEX_EMULATOR_OAUTH_CODE_TTL})
     * @param consentTtl how long a consent page can be answered (env {@code HEX_EMULATOR_OAUTH_CONSENT_TTL})
     */
    @ConfigurationProperties(prefix = "hexgate.emulator.oauth")
    public record Settings(
            String autoApproveUser,
            @DefaultValue("10m") Duration accessTokenTtl,
            @DefaultValue("30d") Duration refreshTokenTtl,
            @DefaultValue("60s") Duration authorizationCodeTtl,
            @DefaultValue("10m") Duration consentTtl) {

        public Settings {
            requireNotNegative(accessTokenTtl, "accessTokenTtl");
            requireNotNegative(refreshTokenTtl, "refreshTokenTtl");
            requireNotNegative(authorizationCodeTtl, "authorizationCodeTtl");
            requireNotNegative(consentTtl, "consentTtl");
        }

        /** The auto-approve email, empty when the consent page is to be shown. */
        public Optional<String> autoApproveEmail() {
            return Optional.ofNullable(autoApproveUser).map(String::trim).filter(s -> !s.isEmpty());
        }

        public Settings withAutoApproveUser(String email) {
            return new Settings(email, accessTokenTtl, refreshTokenTtl, authorizationCodeTtl, consentTtl);
        }

        public Settings withAccessTokenTtl(Duration ttl) {
            return new Settings(autoApproveUser, ttl, refreshTokenTtl, authorizationCodeTtl, consentTtl);
        }

        private static void requireNotNegative(Duration d, String name) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be a non-negative duration");
            }
        }
    }
}
