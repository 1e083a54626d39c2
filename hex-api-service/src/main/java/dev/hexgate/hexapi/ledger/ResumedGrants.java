package dev.hexgate.hexapi.ledger;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which {@code AuthorizationGranted} events already put their parked command back on {@code hexgate.commands}
 * (table {@code hexapi.resumed_grants}), so that a redelivered grant does not run the command a second time.
 * Like the command ledger, a row is only useful while its event can be delivered again; {@link LedgerRetention}
 * deletes it after the same retention.
 */
@Component
public class ResumedGrants {

    private final JdbcClient jdbc;

    public ResumedGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean resumed(String grantEventId) {
        return jdbc.sql("SELECT count(*) FROM hexapi.resumed_grants WHERE event_id = ?")
                .param(grantEventId).query(Integer.class).single() > 0;
    }

    /** Noted after the command was sent: a crash in between resumes it twice, which the ledger makes harmless. */
    public void record(String grantEventId, String commandId, Instant resumedAt) {
        jdbc.sql("""
                        INSERT INTO hexapi.resumed_grants (event_id, command_id, resumed_at) VALUES (?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(grantEventId, commandId, CommandLedger.utc(resumedAt))
                .update();
    }

    /** Deletes at most {@code limit} rows resumed before {@code cutoff}, oldest first; answers how many. */
    public int purgeResumedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        DELETE FROM hexapi.resumed_grants WHERE event_id IN (
                            SELECT event_id FROM hexapi.resumed_grants WHERE resumed_at < ?
                             ORDER BY resumed_at LIMIT ?)""")
                .params(CommandLedger.utc(cutoff), limit)
                .update();
    }
}
