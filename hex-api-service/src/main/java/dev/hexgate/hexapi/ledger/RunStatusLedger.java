package dev.hexgate.hexapi.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last status hexgate saw per Hex run ({@code hexapi.run_status}), so that each change is audited once. */
@Component
public class RunStatusLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    public RunStatusLedger(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Optional<String> lastStatus(String runId) {
        return jdbc.sql("SELECT status FROM hexapi.run_status WHERE run_id = ?").param(runId)
                .query(String.class).optional();
    }

    public void record(String runId, String projectId, String status) {
        jdbc.sql("""
                        INSERT INTO hexapi.run_status AS r (run_id, project_id, status, observed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (run_id) DO UPDATE
                           SET status = excluded.status, observed_at = excluded.observed_at,
                               project_id = coalesce(excluded.project_id, r.project_id)""")
                .params(runId, projectId, status, CommandLedger.utc(clock.instant()))
                .update();
    }

    /** Forgets runs not seen since {@code cutoff} (up to {@code limit}); answers how many. */
    public int purgeNotSeenSince(Instant cutoff, int limit) {
        return jdbc.sql("""
                        DELETE FROM hexapi.run_status WHERE run_id IN (
                            SELECT run_id FROM hexapi.run_status WHERE observed_at < ? ORDER BY observed_at LIMIT ?)""")
                .params(CommandLedger.utc(cutoff), limit)
                .update();
    }
}
