package dev.hexgate.vault.connect;

import static dev.hexgate.vault.crypto.RandomTokens.sha256;

import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.crypto.RandomTokens;
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
 * One-time links to the connect pages ({@code vault.connect_link}). A link token is 256 random bits; only its
 * SHA-256 is stored (the tokens are random, so a fast hash is enough: there is nothing to guess). A link is consumed
 * by exactly one request, atomically, and is void after its lifetime. Blocking (JDBC).
 */
@Component
public class ConnectLinks {

    private final JdbcClient jdbc;
    private final ConnectProperties properties;
    private final Clock clock;

    public ConnectLinks(JdbcClient jdbc, ConnectProperties properties, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new link for the user, valid for the configured lifetime. */
    public IssuedLink mint(String userKey, Provider provider) {
        return mint(userKey, provider, clock.instant().plus(properties.linkLifetime()), null);
    }

    /** A link opened from an authorization attempt's start URL: storing the token completes the attempt. */
    public IssuedLink mintForAttempt(String userKey, Provider provider, Instant expiresAt, UUID attemptId) {
        return mint(userKey, provider, expiresAt, attemptId);
    }

    /**
     * A fresh link in place of one just consumed by an attempt that failed (Hex refused the token, or could not be
     * reached): the user may try again, with the first link's deadline. Each token still opens one request only.
     */
    public Optional<IssuedLink> reissue(ConnectLink consumed) {
        if (!consumed.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(mint(consumed.userKey(), consumed.provider(), consumed.expiresAt(), consumed.attemptId()));
    }

    private IssuedLink mint(String userKey, Provider provider, Instant expiresAt, UUID attemptId) {
        String token = RandomTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO vault.connect_link (token_hash, user_key, provider, created_at, expires_at,
                               attempt_id)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(sha256(token), userKey, provider.id(), utc(now), utc(expiresAt), attemptId)
                .update();
        return new IssuedLink(token, new ConnectLink(userKey, provider, expiresAt, attemptId));
    }

    /** What a link token opens, without consuming it (to show the form). */
    public LinkState inspect(String token) {
        if (token == null || token.isBlank()) {
            return LinkState.unknown();
        }
        return jdbc.sql("""
                        SELECT user_key, provider, expires_at, consumed_at, attempt_id FROM vault.connect_link
                         WHERE token_hash = ?""")
                .param(sha256(token))
                .query((rs, n) -> {
                    ConnectLink link = link(rs);
                    if (rs.getObject("consumed_at") != null) {
                        return LinkState.of(LinkState.Status.USED, link);
                    }
                    if (!link.expiresAt().isAfter(clock.instant())) {
                        return LinkState.of(LinkState.Status.EXPIRED, link);
                    }
                    return LinkState.of(LinkState.Status.VALID, link);
                })
                .optional()
                .orElse(LinkState.unknown());
    }

    /**
     * Consumes the link: succeeds for exactly one caller, and only before it expires. When it does not, the answer
     * says why (unknown, used, expired).
     */
    public LinkState consume(String token) {
        if (token == null || token.isBlank()) {
            return LinkState.unknown();
        }
        Instant now = clock.instant();
        Optional<ConnectLink> consumed = jdbc.sql("""
                        UPDATE vault.connect_link SET consumed_at = ?
                         WHERE token_hash = ? AND consumed_at IS NULL AND expires_at > ?
                        RETURNING user_key, provider, expires_at, attempt_id""")
                .params(utc(now), sha256(token), utc(now))
                .query((rs, n) -> link(rs))
                .optional();
        return consumed.map(link -> LinkState.of(LinkState.Status.VALID, link)).orElseGet(() -> {
            LinkState state = inspect(token);
            // lost a race between the UPDATE and this read: someone else consumed it
            return state.status() == LinkState.Status.VALID ? LinkState.of(LinkState.Status.USED, state.link()) : state;
        });
    }

    /** Deletes links that expired more than a day ago; they can only tell a user "expired" until then. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM vault.connect_link WHERE expires_at < ?")
                .param(utc(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private static ConnectLink link(ResultSet rs) throws SQLException {
        return new ConnectLink(rs.getString("user_key"), Provider.byId(rs.getString("provider")).orElseThrow(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getObject("attempt_id", UUID.class));
    }


    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
