package dev.hexgate.vault.outbox;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.kafka.EventRecords;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's unpublished events to Kafka in id order and marks them published: at least once (a crash
 * between the send and the commit sends a row again; consumers dedupe by event id).
 *
 * <p>One pass is one transaction: it takes a transaction-scoped advisory lock, so that one instance publishes at a
 * time and the order of the rows is the order on Kafka, and selects its batch {@code FOR UPDATE SKIP LOCKED}, so
 * that even without the lock no two instances send the same row at the same time. A send that fails or times out
 * ends the pass; the rows from there on wait for the next one. Passes run on one thread of their own: every
 * {@code poll-interval}, and at once when {@link #nudge()}d after a commit.
 */
@Component
public class OutboxPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    /** The advisory lock key of the publisher: any constant, the same on every instance. */
    private static final long PUBLISHER_LOCK = 0x6865786761746501L;
    private static final String SOURCE = "token-vault";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile ScheduledExecutorService worker;

    public OutboxPublisher(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            KafkaTemplate<String, byte[]> kafka, OutboxProperties properties, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Asks for a pass soon; many nudges while one is pending make one pass. */
    public void nudge() {
        ScheduledExecutorService running = worker;
        if (running != null && requested.compareAndSet(false, true)) {
            try {
                running.execute(this::requestedPass);
            } catch (RuntimeException e) {
                requested.set(false); // shutting down
            }
        }
    }

    private void requestedPass() {
        requested.set(false);
        pass();
    }

    /** One pass; answers how many events it published. Runs on the publisher's thread (or a test's). */
    int pass() {
        try {
            Integer published = transactions.execute(status -> publishBatch());
            return published == null ? 0 : published;
        } catch (RuntimeException e) {
            log.warn("outbox pass failed, retrying in {}: {}", properties.pollInterval(), e.toString());
            return 0;
        }
    }

    private int publishBatch() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(PUBLISHER_LOCK)
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0; // another instance is publishing; its rows come first
        }
        List<Pending> batch = jdbc.sql("""
                        SELECT id, event_id, topic, event_key, event_type, payload FROM vault.outbox_event
                         WHERE published_at IS NULL
                         ORDER BY id
                         LIMIT ?
                           FOR UPDATE SKIP LOCKED""")
                .param(properties.batchSize())
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                        rs.getString("event_key"), rs.getString("event_type"), rs.getBytes("payload")))
                .list();
        List<Long> sent = new ArrayList<>();
        for (Pending event : batch) {
            if (!send(event)) {
                break;
            }
            sent.add(event.id());
        }
        if (!sent.isEmpty()) {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            jdbc.sql("UPDATE vault.outbox_event SET published_at = :now WHERE id IN (:ids)")
                    .param("now", now).param("ids", sent)
                    .update();
            log.debug("outbox published {} event(s)", sent.size());
        }
        return sent.size();
    }

    private boolean send(Pending event) {
        try {
            kafka.send(EventRecords.toRecord(event.topic(), event.key(),
                            EventCodec.decode(event.type(), event.payload()), SOURCE))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            log.warn("could not publish outbox event {} ({}) to {}: {}; it stays pending", event.eventId(),
                    event.type(), event.topic(), cause.toString());
            return false;
        }
    }

    /** Unpublished events, for the health of the pipeline and for tests. */
    public long pending() {
        return jdbc.sql("SELECT count(*) FROM vault.outbox_event WHERE published_at IS NULL")
                .query(Long.class).single();
    }

    private record Pending(long id, String eventId, String topic, String key, String type, byte[] payload) {
    }

    // ---- lifecycle: passes start after the context is ready and stop before the database goes ----

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "token-vault-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pass, 0, interval, TimeUnit.MILLISECONDS);
        worker = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = worker;
        worker = null;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
