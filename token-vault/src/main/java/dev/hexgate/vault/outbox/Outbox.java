package dev.hexgate.vault.outbox;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.HexgateEvent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Events that must go out if, and only if, a database change commits ({@code vault.outbox_event}). {@link #add} is
 * called inside the transaction that makes the change; the {@link OutboxPublisher} sends the row to Kafka after the
 * commit (nudged at once, and by polling). Events hold ids, never secrets. Blocking (JDBC).
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final OutboxPublisher publisher;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, OutboxPublisher publisher, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Queues {@code event} for its home topic, keyed as the contract says. Joins the caller's transaction. */
    public void add(HexgateEvent event) {
        EventType type = EventType.of(event);
        String topic = type.homeTopic().orElseThrow(
                () -> new IllegalArgumentException(type.ceType() + " has no home topic"));
        jdbc.sql("""
                        INSERT INTO vault.outbox_event (event_id, topic, event_key, event_type, payload, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.eventId(), topic, event.partitionKey(), type.ceType(), EventCodec.encode(event),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publisher.nudge();
                }
            });
        } else {
            publisher.nudge();
        }
    }
}
