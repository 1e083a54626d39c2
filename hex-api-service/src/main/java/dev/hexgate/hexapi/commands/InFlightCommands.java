package dev.hexgate.hexapi.commands;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.support.Acknowledgment;

/**
 * The command records that are still running, per partition, so that they can run at the same time and finish in
 * any order while a partition is committed only up to its lowest unfinished record (at least once: a crash replays
 * every command that had not finished, and maybe some that had). A record is acknowledged when it and every record
 * before it in its partition are finished; the container commits the highest acknowledged offset.
 */
final class InFlightCommands {

    private final Map<TopicPartition, Partition> partitions = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();

    /** Called on the consumer thread as the record is handed over, so per partition in offset order. */
    Ticket start(ConsumerRecord<?, ?> record, Acknowledgment acknowledgment) {
        Partition partition = partitions.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                tp -> new Partition());
        running.incrementAndGet();
        return partition.start(record.offset(), acknowledgment);
    }

    /** The record is done (its result, or its dead letter, is on Kafka); from any thread, at most once counts. */
    void finish(Ticket ticket) {
        if (ticket.partition.finish(ticket)) {
            running.decrementAndGet();
        }
    }

    /**
     * The record could not be finished (not even parked as a dead letter): it stays unacknowledged, so its
     * partition is committed no further and the command runs again after a restart or a rebalance.
     */
    void abandon(Ticket ticket) {
        if (ticket.partition.abandon(ticket)) {
            running.decrementAndGet();
        }
    }

    /** Partitions this instance no longer owns: what still finishes there is not acknowledged. */
    void revoked(Collection<TopicPartition> revoked) {
        for (TopicPartition tp : revoked) {
            Partition partition = partitions.remove(tp);
            if (partition != null) {
                partition.revoke();
            }
        }
    }

    int running() {
        return running.get();
    }

    static final class Ticket {

        private final Partition partition;
        private final Acknowledgment acknowledgment;
        private boolean done;
        private boolean settled;

        private Ticket(Partition partition, Acknowledgment acknowledgment) {
            this.partition = partition;
            this.acknowledgment = acknowledgment;
        }
    }

    private static final class Partition {

        private final TreeMap<Long, Ticket> pending = new TreeMap<>();
        private boolean revoked;

        synchronized Ticket start(long offset, Acknowledgment acknowledgment) {
            Ticket ticket = new Ticket(this, acknowledgment);
            pending.put(offset, ticket);
            return ticket;
        }

        /** Acknowledges inside the lock, so acknowledgements of one partition reach the container in order. */
        synchronized boolean finish(Ticket ticket) {
            if (ticket.settled) {
                return false;
            }
            ticket.settled = true;
            ticket.done = true;
            Acknowledgment highest = null;
            while (!pending.isEmpty() && pending.firstEntry().getValue().done) {
                highest = pending.pollFirstEntry().getValue().acknowledgment;
            }
            if (highest != null && !revoked) {
                highest.acknowledge();
            }
            return true;
        }

        synchronized boolean abandon(Ticket ticket) {
            if (ticket.settled) {
                return false;
            }
            ticket.settled = true;
            return true;
        }

        synchronized void revoke() {
            revoked = true;
            pending.clear();
        }
    }
}
