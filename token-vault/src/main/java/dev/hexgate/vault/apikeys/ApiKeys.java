package dev.hexgate.vault.apikeys;

import static dev.hexgate.vault.crypto.RandomTokens.sha256;

import dev.hexgate.vault.crypto.RandomTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gateway API keys ({@code vault.api_key}). A key is {@code hxg_} + 32 random bytes; only its SHA-256 is stored.
 * A fast hash is right here: a slow one (bcrypt, Argon2) protects low-entropy secrets such as passwords from
 * guessing, and a 256-bit random key cannot be guessed; an exact-match lookup by hash also needs no per-row salt.
 * Blocking (JDBC).
 */
@Component
public class ApiKeys {

    public static final String PREFIX = "hxg_";

    /** The user becomes the caller's user key {@code mcp:<user>}: an id, not free text. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}");
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    public ApiKeys(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public static boolean isValidUser(String user) {
        return user != null && USER.matcher(user).matches();
    }

    public IssuedApiKey issue(String user) {
        requireValidUser(user);
        String apiKey = PREFIX + RandomTokens.newToken();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO vault.api_key (id, user_name, key_hash, origin, created_at)
                        VALUES (?, ?, ?, 'admin', ?)""")
                .params(id, user, sha256(apiKey), utc(now))
                .update();
        return new IssuedApiKey(id, user, apiKey, now);
    }

    /**
     * Stores a key given from outside (configuration) unless one with the same hash exists, revoked or not.
     *
     * @return true when it was added now
     */
    public boolean importKey(String user, String apiKey) {
        requireValidUser(user);
        return jdbc.sql("""
                        INSERT INTO vault.api_key (id, user_name, key_hash, origin, created_at)
                        VALUES (?, ?, ?, 'bootstrap', ?)
                        ON CONFLICT (key_hash) DO NOTHING""")
                .params(UUID.randomUUID(), user, sha256(apiKey), utc(clock.instant()))
                .update() == 1;
    }

    /** Every key, newest first, revoked ones too. */
    public List<ApiKeyView> list() {
        return jdbc.sql("""
                        SELECT id, user_name, origin, created_at, last_used_at, revoked_at FROM vault.api_key
                         ORDER BY created_at DESC, id""")
                .query((rs, n) -> view(rs))
                .list();
    }

    /**
     * Revokes the key. Gateways stop accepting it when their cache entry for it runs out.
     *
     * @return the key as it is now; empty when there is no such key
     */
    public Optional<ApiKeyView> revoke(UUID id) {
        jdbc.sql("UPDATE vault.api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), id)
                .update();
        return jdbc.sql("""
                        SELECT id, user_name, origin, created_at, last_used_at, revoked_at FROM vault.api_key
                         WHERE id = ?""")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** The key's owner and id, when the key is known and not revoked; notes the use. */
    public Optional<ApiKeyView> verify(String apiKey) {
        if (apiKey == null || apiKey.isEmpty() || apiKey.length() > 512) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKeyView> found = jdbc.sql("""
                        SELECT id, user_name, origin, created_at, last_used_at, revoked_at FROM vault.api_key
                         WHERE key_hash = ? AND revoked_at IS NULL""")
                .param(sha256(apiKey))
                .query((rs, n) -> view(rs))
                .optional();
        found.ifPresent(key -> jdbc.sql("""
                        UPDATE vault.api_key SET last_used_at = ?
                         WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
                .params(utc(now), key.id(), utc(now.minus(USE_GRANULARITY)))
                .update());
        return found;
    }

    private static void requireValidUser(String user) {
        if (!isValidUser(user)) {
            throw new IllegalArgumentException("a user is 1 to 128 letters, digits and . _ @ + -, starting with a"
                    + " letter or digit");
        }
    }

    private static ApiKeyView view(ResultSet rs) throws SQLException {
        return new ApiKeyView(rs.getObject("id", UUID.class), rs.getString("user_name"), rs.getString("origin"),
                instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }


    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
