package dev.hexgate.vault.credentials;

import dev.hexgate.vault.crypto.AssociatedData;
import dev.hexgate.vault.crypto.EncryptedValue;
import dev.hexgate.vault.crypto.SecretCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users' Hex credentials ({@code vault.credential} + {@code vault.credential_secret}): one per user key and
 * provider. Secrets are encrypted with {@link SecretCipher}, bound to their row; everything else is in plain columns.
 * Every method blocks (JDBC): call it off the event loop.
 *
 * <p>A failure to decrypt is thrown as {@link dev.hexgate.vault.crypto.DecryptionFailedException} and the row is
 * left as it is.
 */
@Component
public class CredentialStore {

    /** last_used_at is a hint for "connected accounts", not an audit trail: one write a minute is enough. */
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretCipher cipher;
    private final Clock clock;

    public CredentialStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, SecretCipher cipher,
            Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- writes -------------------------------------------------------------------------------------------------

    /** Stores the user's personal API token, replacing any earlier one; the user counts as connected now. */
    public void saveHexApi(String userKey, HexApiCredential credential) {
        Map<SecretKind, String> secrets = new EnumMap<>(SecretKind.class);
        secrets.put(SecretKind.API_TOKEN, credential.token());
        Columns columns = new Columns(credential.hexUserId(), credential.hexUserEmail(), null, null, null, null, null,
                null, null, null, null);
        transactions.executeWithoutResult(status -> write(userKey, Provider.HEX_API, columns, secrets, true));
    }

    /** Stores the user's OAuth grant for Hex MCP, replacing any earlier one; the user counts as connected now. */
    public void saveHexMcp(String userKey, HexMcpCredential credential) {
        transactions.executeWithoutResult(status -> writeHexMcp(userKey, credential, true));
    }

    /**
     * Single-flight change of a user's OAuth grant, e.g. a refresh: locks the row ({@code SELECT … FOR UPDATE}) for
     * the duration of {@code change}, so that on every instance the next caller waits, then sees the refreshed grant
     * and need not refresh again. {@code change} may call the authorization server; answering its argument (or
     * null) writes nothing. The connection time stays as it was.
     *
     * @return the grant as it is afterwards; empty when the user has none
     */
    public Optional<HexMcpCredential> updateHexMcpUnderLock(String userKey, UnaryOperator<HexMcpCredential> change) {
        return transactions.execute(status -> {
            Optional<Row> row = load(userKey, Provider.HEX_MCP, true);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            HexMcpCredential current = hexMcp(row.get());
            HexMcpCredential next = change.apply(current);
            if (next == null || next.equals(current)) {
                return Optional.of(current);
            }
            writeHexMcp(userKey, next, false);
            return Optional.of(next);
        });
    }

    /** Removes the credential and its secrets. False when there was none. */
    public boolean delete(String userKey, Provider provider) {
        return jdbc.sql("DELETE FROM vault.credential WHERE user_key = ? AND provider = ?")
                .params(userKey, provider.id())
                .update() == 1;
    }

    /**
     * Notes that a service fetched the credential. Never waits for a row another transaction holds (a refresh in
     * progress): the note is skipped then.
     */
    public void markUsed(String userKey, Provider provider) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE vault.credential SET last_used_at = ?
                         WHERE (user_key, provider) IN (
                               SELECT user_key, provider FROM vault.credential
                                WHERE user_key = ? AND provider = ?
                                  AND (last_used_at IS NULL OR last_used_at < ?)
                                  FOR UPDATE SKIP LOCKED)""")
                .params(utc(now), userKey, provider.id(), utc(now.minus(USE_GRANULARITY)))
                .update();
    }

    // ---- reads --------------------------------------------------------------------------------------------------

    public Optional<StoredCredential<HexApiCredential>> findHexApi(String userKey) {
        return load(userKey, Provider.HEX_API, false).map(row -> row.stored(new HexApiCredential(
                row.secret(cipher, SecretKind.API_TOKEN), row.hexUserId, row.hexUserEmail)));
    }

    public Optional<StoredCredential<HexMcpCredential>> findHexMcp(String userKey) {
        return load(userKey, Provider.HEX_MCP, false).map(row -> row.stored(hexMcp(row)));
    }

    /** Every provider, connected or not, in a fixed order: what a "connected accounts" view shows. */
    public List<Connection> connections(String userKey) {
        Map<Provider, Instant> connected = new EnumMap<>(Provider.class);
        jdbc.sql("SELECT provider, connected_at FROM vault.credential WHERE user_key = ?")
                .param(userKey)
                .query((rs, n) -> Map.entry(rs.getString("provider"), instant(rs, "connected_at")))
                .list()
                .forEach(e -> Provider.byId(e.getKey()).ifPresent(p -> connected.put(p, e.getValue())));
        return Arrays.stream(Provider.values())
                .map(p -> new Connection(p, connected.containsKey(p), connected.get(p)))
                .toList();
    }

    // ---- rows ---------------------------------------------------------------------------------------------------

    private HexMcpCredential hexMcp(Row row) {
        String clientSecret = row.secrets.containsKey(SecretKind.CLIENT_SECRET)
                ? row.secret(cipher, SecretKind.CLIENT_SECRET) : null;
        String refreshToken = row.secrets.containsKey(SecretKind.REFRESH_TOKEN)
                ? row.secret(cipher, SecretKind.REFRESH_TOKEN) : null;
        return new HexMcpCredential(row.secret(cipher, SecretKind.ACCESS_TOKEN), refreshToken, row.expiresAt,
                row.scopes == null || row.scopes.isBlank() ? List.of() : List.of(row.scopes.trim().split(" +")),
                row.issuer, row.tokenEndpoint, row.revocationEndpoint, row.resource,
                new OAuthClientRegistration(row.clientId, clientSecret, row.redirectUri, row.clientRegisteredAt),
                row.hexUserId, row.hexUserEmail);
    }

    private void writeHexMcp(String userKey, HexMcpCredential credential, boolean reconnect) {
        Map<SecretKind, String> secrets = new EnumMap<>(SecretKind.class);
        secrets.put(SecretKind.ACCESS_TOKEN, credential.accessToken());
        if (credential.refreshToken() != null) {
            secrets.put(SecretKind.REFRESH_TOKEN, credential.refreshToken());
        }
        if (credential.client().clientSecret() != null) {
            secrets.put(SecretKind.CLIENT_SECRET, credential.client().clientSecret());
        }
        OAuthClientRegistration client = credential.client();
        Columns columns = new Columns(credential.hexUserId(), credential.hexUserEmail(), credential.expiresAt(),
                credential.scopes().isEmpty() ? null : String.join(" ", credential.scopes()), credential.issuer(),
                credential.tokenEndpoint(), credential.revocationEndpoint(), credential.resource(), client.clientId(),
                client.redirectUri(), client.registeredAt());
        write(userKey, Provider.HEX_MCP, columns, secrets, reconnect);
    }

    /** The non-secret columns of a credential row. */
    private record Columns(String hexUserId, String hexUserEmail, Instant expiresAt, String scopes, String issuer,
            String tokenEndpoint, String revocationEndpoint, String resource, String clientId, String redirectUri,
            Instant clientRegisteredAt) {
    }

    /** Inside a transaction: the row, then its secrets replaced as a whole. */
    private void write(String userKey, Provider provider, Columns c, Map<SecretKind, String> secrets,
            boolean reconnect) {
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("""
                        INSERT INTO vault.credential (user_key, provider, hex_user_id, hex_user_email, expires_at,
                               scopes, issuer, token_endpoint, revocation_endpoint, resource, client_id, redirect_uri,
                               client_registered_at, connected_at, updated_at, version)
                        VALUES (:userKey, :provider, :hexUserId, :hexUserEmail, :expiresAt, :scopes, :issuer,
                               :tokenEndpoint, :revocationEndpoint, :resource, :clientId, :redirectUri,
                               :clientRegisteredAt, :now, :now, 1)
                        ON CONFLICT (user_key, provider) DO UPDATE SET
                               hex_user_id = EXCLUDED.hex_user_id, hex_user_email = EXCLUDED.hex_user_email,
                               expires_at = EXCLUDED.expires_at, scopes = EXCLUDED.scopes, issuer = EXCLUDED.issuer,
                               token_endpoint = EXCLUDED.token_endpoint,
                               revocation_endpoint = EXCLUDED.revocation_endpoint, resource = EXCLUDED.resource,
                               client_id = EXCLUDED.client_id, redirect_uri = EXCLUDED.redirect_uri,
                               client_registered_at = EXCLUDED.client_registered_at,
                               connected_at = CASE WHEN :reconnect THEN EXCLUDED.connected_at
                                                   ELSE credential.connected_at END,
                               last_used_at = CASE WHEN :reconnect THEN NULL ELSE credential.last_used_at END,
                               updated_at = EXCLUDED.updated_at, version = credential.version + 1""")
                .param("userKey", userKey).param("provider", provider.id())
                .param("hexUserId", c.hexUserId()).param("hexUserEmail", c.hexUserEmail())
                .param("expiresAt", utc(c.expiresAt())).param("scopes", c.scopes()).param("issuer", c.issuer())
                .param("tokenEndpoint", c.tokenEndpoint()).param("revocationEndpoint", c.revocationEndpoint())
                .param("resource", c.resource()).param("clientId", c.clientId())
                .param("redirectUri", c.redirectUri()).param("clientRegisteredAt", utc(c.clientRegisteredAt()))
                .param("now", now).param("reconnect", reconnect)
                .update();
        jdbc.sql("DELETE FROM vault.credential_secret WHERE user_key = ? AND provider = ?")
                .params(userKey, provider.id())
                .update();
        secrets.forEach((kind, plaintext) -> {
            EncryptedValue encrypted = cipher.encrypt(plaintext, new AssociatedData(userKey, provider.id(), kind.id()));
            jdbc.sql("""
                            INSERT INTO vault.credential_secret (user_key, provider, kind, key_id, ciphertext, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(userKey, provider.id(), kind.id(), encrypted.keyId(), encrypted.ciphertext(), now)
                    .update();
        });
    }

    /**
     * The row and its secrets in one statement, so that a concurrent replace cannot mix old and new. With
     * {@code lock}, the credential row is locked first, in a statement of its own: a join that waits for a lock
     * would re-read only the locked table's row afterwards and could pair it with secrets another transaction has
     * just replaced; the read after the lock starts from a fresh snapshot (READ COMMITTED) and sees them.
     */
    private Optional<Row> load(String userKey, Provider provider, boolean lock) {
        if (lock && jdbc.sql("SELECT 1 FROM vault.credential WHERE user_key = ? AND provider = ? FOR UPDATE")
                .params(userKey, provider.id()).query(Integer.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT c.user_key, c.provider, c.hex_user_id, c.hex_user_email, c.expires_at, c.scopes,
                               c.issuer, c.token_endpoint, c.revocation_endpoint, c.resource, c.client_id,
                               c.redirect_uri, c.client_registered_at, c.connected_at, c.updated_at, c.last_used_at,
                               c.version, s.kind, s.key_id, s.ciphertext
                          FROM vault.credential c
                          LEFT JOIN vault.credential_secret s ON s.user_key = c.user_key AND s.provider = c.provider
                         WHERE c.user_key = ? AND c.provider = ?""")
                .params(userKey, provider.id())
                .query(rs -> {
                    Row found = null;
                    while (rs.next()) {
                        if (found == null) {
                            found = new Row(rs);
                        }
                        String kind = rs.getString("kind");
                        if (kind != null) {
                            found.secrets.put(SecretKind.byId(kind),
                                    new EncryptedValue(rs.getString("key_id"), rs.getBytes("ciphertext")));
                        }
                    }
                    return Optional.ofNullable(found);
                });
    }

    /** A credential row as read, secrets still encrypted. */
    private static final class Row {
        final String userKey;
        final Provider provider;
        final String hexUserId;
        final String hexUserEmail;
        final Instant expiresAt;
        final String scopes;
        final String issuer;
        final String tokenEndpoint;
        final String revocationEndpoint;
        final String resource;
        final String clientId;
        final String redirectUri;
        final Instant clientRegisteredAt;
        final Instant connectedAt;
        final Instant updatedAt;
        final Instant lastUsedAt;
        final long version;
        final Map<SecretKind, EncryptedValue> secrets = new EnumMap<>(SecretKind.class);

        Row(ResultSet rs) throws SQLException {
            userKey = rs.getString("user_key");
            provider = Provider.byId(rs.getString("provider")).orElseThrow();
            hexUserId = rs.getString("hex_user_id");
            hexUserEmail = rs.getString("hex_user_email");
            expiresAt = instant(rs, "expires_at");
            scopes = rs.getString("scopes");
            issuer = rs.getString("issuer");
            tokenEndpoint = rs.getString("token_endpoint");
            revocationEndpoint = rs.getString("revocation_endpoint");
            resource = rs.getString("resource");
            clientId = rs.getString("client_id");
            redirectUri = rs.getString("redirect_uri");
            clientRegisteredAt = instant(rs, "client_registered_at");
            connectedAt = instant(rs, "connected_at");
            updatedAt = instant(rs, "updated_at");
            lastUsedAt = instant(rs, "last_used_at");
            version = rs.getLong("version");
        }

        String secret(SecretCipher cipher, SecretKind kind) {
            EncryptedValue value = secrets.get(kind);
            if (value == null) {
                throw new IllegalStateException("the " + provider.id() + " credential of user " + userKey
                        + " has no " + kind.id());
            }
            return cipher.decrypt(value, new AssociatedData(userKey, provider.id(), kind.id()));
        }

        <T> StoredCredential<T> stored(T credential) {
            return new StoredCredential<>(credential, connectedAt, updatedAt, lastUsedAt, version);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
