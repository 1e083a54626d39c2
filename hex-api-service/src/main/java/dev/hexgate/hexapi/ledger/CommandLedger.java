package dev.hexgate.hexapi.ledger;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.HexgateEvent;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command ledger ({@code hexapi.command_ledger}): one row per mutating command, keyed by command id. Each
 * statement commits on its own, so the {@code STARTED} row is durable before Hex is called.
 *
 * <p>Holds result events as published. Those carry Hex's answers, which hold no secrets (results are scrubbed
 * before they are published, see {@code Redaction}), and no tokens. Tool arguments are not stored here.
 */
@Component
public class CommandLedger {

    public enum State { STARTED, COMPLETED, FAILED }

    /**
     * One command's row.
     *
     * @param result      the result event as published; null while {@code STARTED}
     * @param audit       the audit record published with it, if any
     * @param publishedAt when Kafka acknowledged the result; null if not yet (or the service stopped first)
     */
    public record Entry(String commandId, String operation, String userKey, State state, Instant attemptStartedAt,
            HexgateEvent result, AuditRecorded audit, Instant publishedAt) {

        public boolean finished() {
            return state != State.STARTED;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public CommandLedger(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Optional<Entry> find(String commandId) {
        return jdbc.sql("""
                        SELECT command_id, operation, user_key, state, attempt_started_at, result_type,
                               result::text AS result, audit::text AS audit, published_at
                          FROM hexapi.command_ledger WHERE command_id = ?""")
                .param(commandId)
                .query(CommandLedger::entry)
                .optional();
    }

    /**
     * Claims the command for an attempt that is about to call Hex. False when a row exists already (another
     * delivery got there first); the caller then reads it with {@link #find}.
     */
    public boolean start(String commandId, String operation, String userKey, Instant attemptStartedAt) {
        return jdbc.sql("""
                        INSERT INTO hexapi.command_ledger (command_id, operation, user_key, state, attempt_started_at)
                        VALUES (?, ?, ?, 'STARTED', ?)
                        ON CONFLICT (command_id) DO NOTHING""")
                .params(commandId, operation, userKey, utc(attemptStartedAt))
                .update() == 1;
    }

    /**
     * Records the outcome of a {@code STARTED} command and answers the row as it is afterwards. If another attempt
     * recorded an outcome first, that one stays and is answered: every delivery then publishes the same result.
     */
    public Entry finish(String commandId, HexgateEvent result, AuditRecorded audit) {
        State state = result instanceof CommandCompleted ? State.COMPLETED : State.FAILED;
        jdbc.sql("""
                        UPDATE hexapi.command_ledger
                           SET state = ?, result_type = ?, result = ?::json, audit = ?::json, updated_at = ?
                         WHERE command_id = ? AND state = 'STARTED'""")
                .params(state.name(), EventType.of(result).ceType(), json(result), audit == null ? null : json(audit),
                        utc(clock.instant()), commandId)
                .update();
        return find(commandId).orElseThrow(() -> new IllegalStateException("ledger row " + commandId + " vanished"));
    }

    /** Notes that the result and audit record of a finished command are on Kafka. */
    public void markPublished(String commandId) {
        jdbc.sql("""
                        UPDATE hexapi.command_ledger SET published_at = ?, updated_at = ?
                         WHERE command_id = ? AND state <> 'STARTED' AND published_at IS NULL""")
                .params(utc(clock.instant()), utc(clock.instant()), commandId)
                .update();
    }

    /**
     * Deletes up to {@code limit} finished rows last changed before {@code cutoff}; answers how many. {@code STARTED}
     * rows are never deleted: each is the only trace of an attempt whose outcome is unknown.
     */
    public int purgeFinishedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        DELETE FROM hexapi.command_ledger WHERE command_id IN (
                            SELECT command_id FROM hexapi.command_ledger
                             WHERE state <> 'STARTED' AND updated_at < ?
                             ORDER BY updated_at LIMIT ?)""")
                .params(utc(cutoff), limit)
                .update();
    }

    private static Entry entry(ResultSet row, int rowNumber) throws SQLException {
        String resultType = row.getString("result_type");
        String result = row.getString("result");
        String audit = row.getString("audit");
        return new Entry(row.getString("command_id"), row.getString("operation"), row.getString("user_key"),
                State.valueOf(row.getString("state")), instant(row, "attempt_started_at"),
                result == null ? null : EventCodec.decode(resultType, result.getBytes(StandardCharsets.UTF_8)),
                audit == null ? null : EventCodec.decode(audit.getBytes(StandardCharsets.UTF_8), AuditRecorded.class),
                instant(row, "published_at"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String json(HexgateEvent event) {
        return new String(EventCodec.encode(event), StandardCharsets.UTF_8);
    }
}
