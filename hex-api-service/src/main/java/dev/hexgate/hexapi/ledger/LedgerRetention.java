package dev.hexgate.hexapi.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the ledger from growing without end: finished command rows, run statuses and resumed grants older than the
 * retention are deleted in batches, on a schedule. A row is only useful while its command can be delivered again, so retention
 * is tied to the commands topic's retention, not to any audit need (audit-log keeps the history).
 */
@Component
public class LedgerRetention {

    private static final Logger log = LoggerFactory.getLogger(LedgerRetention.class);

    private final CommandLedger commands;
    private final RunStatusLedger runs;
    private final ResumedGrants grants;
    private final LedgerProperties properties;
    private final Clock clock;

    public LedgerRetention(CommandLedger commands, RunStatusLedger runs, ResumedGrants grants,
            LedgerProperties properties, Optional<Clock> clock) {
        this.commands = commands;
        this.runs = runs;
        this.grants = grants;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Runs on Spring's scheduler thread (JDBC is fine there); a failure is logged and tried again next time. */
    @Scheduled(initialDelayString = "${hexgate.hex-api.ledger.purge-interval:1h}",
            fixedDelayString = "${hexgate.hex-api.ledger.purge-interval:1h}")
    public void purgeOnSchedule() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("ledger purge failed; trying again in {}: {}", properties.purgeInterval(), e.toString());
        }
    }

    /** Deletes everything past the retention; answers how many rows went. */
    public int purge() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int deleted = 0;
        int batch;
        do {
            batch = commands.purgeFinishedBefore(cutoff, properties.purgeBatch());
            deleted += batch;
        } while (batch == properties.purgeBatch());
        do {
            batch = runs.purgeNotSeenSince(cutoff, properties.purgeBatch());
            deleted += batch;
        } while (batch == properties.purgeBatch());
        do {
            batch = grants.purgeResumedBefore(cutoff, properties.purgeBatch());
            deleted += batch;
        } while (batch == properties.purgeBatch());
        if (deleted > 0) {
            log.info("ledger purge: {} row(s) older than {} deleted", deleted, cutoff);
        }
        return deleted;
    }
}
