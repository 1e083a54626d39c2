package dev.hexgate.vault.attempts;

import static dev.hexgate.vault.crypto.RandomTokens.sha256;

import dev.hexgate.vault.connect.LinkState;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.crypto.AssociatedData;
import dev.hexgate.vault.crypto.EncryptedValue;
import dev.hexgate.vault.crypto.RandomTokens;
import dev.hexgate.vault.crypto.SecretCipher;
import dev.hexgate.vault.oauth.ClientRegistration;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Authorization attempts ({@code vault.authorization_attempt}): who has to connect which provider, and the command
 * parked until they have. The start token and the OAuth state are 256 random bits each, stored as SHA-256 (random
 * tokens need no slow hash), each consumed by exactly one request (an atomic {@code UPDATE … RETURNING}) and void
 * after its deadline. The PKCE verifier (and a client secret, should a client have one) is encrypted with the key
 * ring, bound to the attempt as associated data. Blocking (JDBC).
 */
@Component
public class AuthorizationAttempts {

    private static final String COLUMNS = "id, user_key, provider, parked_command, expires_at";

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final AttemptsProperties properties;
    private final Clock clock;

    public AuthorizationAttempts(JdbcClient jdbc, SecretCipher cipher, AttemptsProperties properties,
            Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new attempt, its start URL usable once within the configured lifetime. */
    public IssuedAttempt create(String userKey, Provider provider, String parkedCommandJson) {
        String token = RandomTokens.newToken();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.lifetime());
        jdbc.sql("""
                        INSERT INTO vault.authorization_attempt (id, start_token_hash, user_key, provider,
                               parked_command, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sha256(token), userKey, provider.id(), parkedCommandJson, utc(now), utc(expiresAt))
                .update();
        return new IssuedAttempt(id, token, expiresAt);
    }

    /** Consumes a start token: exactly one request gets the attempt, and only before it expires. */
    public AttemptState start(String startToken) {
        if (startToken == null || startToken.isBlank()) {
            return new AttemptState(LinkState.Status.UNKNOWN, null);
        }
        Instant now = clock.instant();
        Optional<Attempt> started = jdbc.sql("""
                        UPDATE vault.authorization_attempt SET started_at = ?
                         WHERE start_token_hash = ? AND started_at IS NULL AND completed_at IS NULL
                           AND expires_at > ?
                        RETURNING\s""" + COLUMNS)
                .params(utc(now), sha256(startToken), utc(now))
                .query((rs, n) -> attempt(rs))
                .optional();
        if (started.isPresent()) {
            return new AttemptState(LinkState.Status.VALID, started.get());
        }
        return jdbc.sql("SELECT " + COLUMNS + ", started_at, completed_at FROM vault.authorization_attempt"
                        + " WHERE start_token_hash = ?")
                .param(sha256(startToken))
                .query((rs, n) -> {
                    Attempt attempt = attempt(rs);
                    boolean used = rs.getObject("started_at") != null || rs.getObject("completed_at") != null;
                    return new AttemptState(used ? LinkState.Status.USED : LinkState.Status.EXPIRED, attempt);
                })
                .optional()
                .orElse(new AttemptState(LinkState.Status.UNKNOWN, null));
    }

    /** Gives a start token back after a failure on the way to Hex (e.g. Hex unreachable), so the user can retry. */
    public void release(UUID attemptId) {
        jdbc.sql("UPDATE vault.authorization_attempt SET started_at = NULL WHERE id = ? AND state_hash IS NULL")
                .param(attemptId)
                .update();
    }

    /**
     * Records the authorization request sent to Hex: the state (hashed), the PKCE verifier (encrypted) and the
     * client. The callback has the attempt's lifetime from now.
     */
    public void authorizationRequested(Attempt attempt, String state, String codeVerifier, ClientRegistration client) {
        Instant now = clock.instant();
        EncryptedValue verifier = cipher.encrypt(codeVerifier, data(attempt, "pkce-verifier"));
        EncryptedValue secret = client.clientSecret() == null ? null
                : cipher.encrypt(client.clientSecret(), data(attempt, "client-secret"));
        jdbc.sql("""
                        UPDATE vault.authorization_attempt
                           SET state_hash = :state, state_expires_at = :stateExpiresAt,
                               verifier_key_id = :verifierKeyId, verifier_ciphertext = :verifier,
                               client_issuer = :issuer, client_id = :clientId, client_auth_method = :method,
                               client_redirect_uri = :redirectUri, client_registered_at = :registeredAt,
                               client_secret_key_id = :secretKeyId, client_secret_ciphertext = :secret
                         WHERE id = :id""")
                .param("state", sha256(state))
                .param("stateExpiresAt", utc(now.plus(properties.lifetime())))
                .param("verifierKeyId", verifier.keyId()).param("verifier", verifier.ciphertext())
                .param("issuer", client.issuer()).param("clientId", client.clientId())
                .param("method", client.tokenEndpointAuthMethod())
                .param("redirectUri", client.redirectUri().toString())
                .param("registeredAt", utc(client.registeredAt()))
                .param("secretKeyId", secret == null ? null : secret.keyId())
                .param("secret", secret == null ? null : secret.ciphertext())
                .param("id", attempt.id())
                .update();
    }

    /** What a callback carrying {@code state} may go on with. */
    public record CallbackState(LinkState.Status status, CallbackAttempt attempt) {

        public boolean valid() {
            return status == LinkState.Status.VALID;
        }
    }

    /** Consumes a state: exactly one callback gets its attempt, and only before the state expires. */
    public CallbackState consumeState(String state) {
        if (state == null || state.isBlank()) {
            return new CallbackState(LinkState.Status.UNKNOWN, null);
        }
        Instant now = clock.instant();
        Optional<CallbackAttempt> consumed = jdbc.sql("""
                        UPDATE vault.authorization_attempt SET callback_at = ?
                         WHERE state_hash = ? AND callback_at IS NULL AND completed_at IS NULL
                           AND state_expires_at > ?
                        RETURNING\s""" + COLUMNS + """
                        , verifier_key_id, verifier_ciphertext, client_issuer, client_id, client_auth_method,
                          client_redirect_uri, client_registered_at, client_secret_key_id, client_secret_ciphertext""")
                .params(utc(now), sha256(state), utc(now))
                .query((rs, n) -> {
                    Attempt attempt = attempt(rs);
                    String verifier = cipher.decrypt(new EncryptedValue(rs.getString("verifier_key_id"),
                            rs.getBytes("verifier_ciphertext")), data(attempt, "pkce-verifier"));
                    return new CallbackAttempt(attempt, verifier, client(rs, attempt));
                })
                .optional();
        if (consumed.isPresent()) {
            return new CallbackState(LinkState.Status.VALID, consumed.get());
        }
        return jdbc.sql("SELECT callback_at, completed_at FROM vault.authorization_attempt WHERE state_hash = ?")
                .param(sha256(state))
                .query((rs, n) -> new CallbackState(rs.getObject("callback_at") != null
                        || rs.getObject("completed_at") != null ? LinkState.Status.USED : LinkState.Status.EXPIRED,
                        null))
                .optional()
                .orElse(new CallbackState(LinkState.Status.UNKNOWN, null));
    }

    /**
     * The client of the user's latest authorization request at {@code issuer}, to reuse for the next one (a user who
     * opens several start URLs registers once).
     */
    public Optional<ClientRegistration> latestClient(String userKey, String issuer) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , client_issuer, client_id, client_auth_method, client_redirect_uri, client_registered_at,
                          client_secret_key_id, client_secret_ciphertext
                          FROM vault.authorization_attempt
                         WHERE user_key = ? AND client_issuer = ? AND client_id IS NOT NULL
                         ORDER BY created_at DESC LIMIT 1""")
                .params(userKey, issuer)
                .query((rs, n) -> client(rs, attempt(rs)))
                .optional();
    }

    /**
     * Ends the attempt with {@code outcome} ({@code granted}, {@code denied}, {@code failed}); false when it had
     * already ended. Joins the caller's transaction.
     */
    public boolean complete(UUID attemptId, String outcome) {
        return jdbc.sql("""
                        UPDATE vault.authorization_attempt SET completed_at = ?, outcome = ?
                         WHERE id = ? AND completed_at IS NULL""")
                .params(utc(clock.instant()), outcome, attemptId)
                .update() == 1;
    }

    /** The attempt with this id, ended or not. */
    public Optional<Attempt> find(UUID attemptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vault.authorization_attempt WHERE id = ?")
                .param(attemptId)
                .query((rs, n) -> attempt(rs))
                .optional();
    }

    /** Deletes attempts that expired more than a day ago. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    public int purgeExpired() {
        return jdbc.sql("""
                        DELETE FROM vault.authorization_attempt
                         WHERE expires_at < ? AND (state_expires_at IS NULL OR state_expires_at < ?)""")
                .params(utc(clock.instant().minus(Duration.ofDays(1))), utc(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private ClientRegistration client(ResultSet rs, Attempt attempt) throws SQLException {
        String secretKeyId = rs.getString("client_secret_key_id");
        String secret = secretKeyId == null ? null : cipher.decrypt(
                new EncryptedValue(secretKeyId, rs.getBytes("client_secret_ciphertext")),
                data(attempt, "client-secret"));
        return new ClientRegistration(rs.getString("client_issuer"), rs.getString("client_id"), secret,
                rs.getString("client_auth_method"), URI.create(rs.getString("client_redirect_uri")),
                rs.getObject("client_registered_at", OffsetDateTime.class).toInstant(), null);
    }

    /** Secrets of an attempt decrypt only in that attempt's row. */
    private static AssociatedData data(Attempt attempt, String what) {
        return new AssociatedData(attempt.userKey(), attempt.provider().id(), "attempt:" + attempt.id() + ":" + what);
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        return new Attempt(rs.getObject("id", UUID.class), rs.getString("user_key"),
                Provider.byId(rs.getString("provider")).orElseThrow(), rs.getString("parked_command"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
