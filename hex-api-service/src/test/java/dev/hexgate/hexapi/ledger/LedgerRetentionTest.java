package dev.hexgate.hexapi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger's retention on real PostgreSQL, migrated by the service's own Flyway scripts, with a fixed clock. */
class LedgerRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(14);

    private JdbcClient db;
    private CommandLedger ledger;
    private RunStatusLedger runs;
    private ResumedGrants grants;
    private LedgerRetention retention;

    @BeforeEach
    void freshLedger() {
        Postgres postgres = SharedPostgres.get();
        DataSource dataSource = postgres.dataSource(postgres.createDatabase());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/hexapi").schemas("hexapi")
                .defaultSchema("hexapi").load().migrate();
        db = JdbcClient.create(dataSource);
        Optional<Clock> clock = Optional.of(Clock.fixed(NOW, ZoneOffset.UTC));
        ledger = new CommandLedger(db, clock);
        runs = new RunStatusLedger(db, clock);
        grants = new ResumedGrants(db);
        // a batch of 2, so that purging 3 old rows takes more than one statement
        retention = new LedgerRetention(ledger, runs, grants, new LedgerProperties(RETENTION, Duration.ofHours(1), 2),
                clock);
    }

    @Test
    void deletesFinishedRowsPastTheRetentionInBatchesAndKeepsTheRest() {
        List<String> old = List.of(finished(), finished(), finished());
        String recent = finished();
        String unknownOutcome = UUID.randomUUID().toString();
        ledger.start(unknownOutcome, "run_hex_project", "mcp:u", NOW.minus(Duration.ofDays(60)));
        old.forEach(id -> age(id, RETENTION.plusHours(1)));
        age(recent, RETENTION.minusHours(1));
        age(unknownOutcome, Duration.ofDays(60));

        assertThat(retention.purge()).isEqualTo(3);

        assertThat(commandIds()).containsExactlyInAnyOrder(recent, unknownOutcome);
    }

    @Test
    void forgetsRunsNotSeenWithinTheRetention() {
        runs.record("run-old", "project-1", "COMPLETED");
        runs.record("run-recent", "project-1", "RUNNING");
        db.sql("UPDATE hexapi.run_status SET observed_at = ? WHERE run_id = 'run-old'")
                .param(CommandLedger.utc(NOW.minus(RETENTION).minusSeconds(1))).update();

        assertThat(retention.purge()).isEqualTo(1);

        assertThat(runs.lastStatus("run-old")).isEmpty();
        assertThat(runs.lastStatus("run-recent")).contains("RUNNING");
    }

    @Test
    void forgetsGrantsResumedBeforeTheRetention() {
        List.of("grant-1", "grant-2", "grant-3")
                .forEach(id -> grants.record(id, "command-" + id, NOW.minus(RETENTION).minusSeconds(1)));
        grants.record("grant-recent", "command-recent", NOW.minus(Duration.ofDays(1)));

        assertThat(retention.purge()).isEqualTo(3);

        assertThat(grants.resumed("grant-1")).isFalse();
        assertThat(grants.resumed("grant-recent")).isTrue();
    }

    private String finished() {
        String id = UUID.randomUUID().toString();
        ledger.start(id, "create_hex_group", "mcp:u", NOW);
        ledger.finish(id, new CommandFailed(UUID.randomUUID().toString(), id, "mcp:u", Origin.mcp("gw", id),
                "create_hex_group", FailureCode.NOT_FOUND, 404, "gone", false, null, NOW), null);
        return id;
    }

    private void age(String commandId, Duration age) {
        db.sql("UPDATE hexapi.command_ledger SET updated_at = ? WHERE command_id = ?")
                .params(CommandLedger.utc(NOW.minus(age)), commandId).update();
    }

    private List<String> commandIds() {
        return db.sql("SELECT command_id FROM hexapi.command_ledger").query(String.class).list();
    }
}
