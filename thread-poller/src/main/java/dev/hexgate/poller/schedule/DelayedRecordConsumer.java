package dev.hexgate.poller.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The delay engine: one Kafka consumer over the delay topics (and {@code hexgate.threads}), running each record
 * no earlier than its due time, without sleeping and without letting a record that is not due hold up another
 * partition.
 *
 * <p><b>Per partition</b>, fetched records wait in a buffer in offset order. While a partition's buffer is not empty
 * the partition is paused (nothing more is fetched for it); its head is dispatched when due, and the partition is
 * resumed when the buffer is empty. Keeping fetched records (rather than seeking back and fetching them again)
 * saves a fetch per due record; pausing bounds the buffer to one fetch.
 *
 * <p><b>Waking up</b>: the loop's {@code poll} timeout is the time until the earliest buffered head falls due (at
 * most {@code maxPollWait}), so a due record waits for the loop only as long as it takes to come round, not a
 * fixed poll interval.
 *
 * <p><b>Handling</b> is asynchronous: the handler answers a {@link Mono} and the loop moves on; at most
 * {@code maxInFlight} records are being handled at once. A handler may answer a time to try the record again
 * (e.g. a finish another instance is publishing); it then waits aside, not blocking its partition. A handler error
 * tries the record again after a second.
 *
 * <p><b>Commits</b> only cover handled records: per partition, the lowest offset that is buffered, in flight or
 * waiting to be tried again (or the next offset to fetch), committed every {@code commitInterval}, and
 * synchronously when partitions are revoked or the engine stops. A crash therefore redelivers every record not
 * known to be handled; the handler is idempotent.
 *
 * <p>All consumer state is touched only by the loop's own thread; handlers report back through a queue.
 */
public final class DelayedRecordConsumer implements AutoCloseable {

    /** Runs one record. Completes empty when it is handled; with an instant to be run again then. */
    @FunctionalInterface
    public interface RecordHandler {
        Mono<Instant> handle(ConsumerRecord<String, byte[]> record);
    }

    /**
     * @param maxPollWait    longest {@code poll}; the loop wakes earlier for a record falling due
     * @param commitInterval how often handled offsets are committed
     * @param maxInFlight    records handled at once
     * @param errorBackoff   wait before a record whose handler failed is tried again
     */
    public record Settings(Duration maxPollWait, Duration commitInterval, int maxInFlight, Duration errorBackoff) {
    }

    private static final Logger log = LoggerFactory.getLogger(DelayedRecordConsumer.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Collection<String> topics;
    private final RecordHandler handler;
    private final Settings settings;
    private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();
    private final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
    private final Thread loop;
    private volatile boolean running = true;
    private int inFlight;
    private long lastCommit;

    public DelayedRecordConsumer(KafkaConsumer<String, byte[]> consumer, Collection<String> topics,
            RecordHandler handler, Settings settings, String threadName) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.settings = settings;
        this.loop = new Thread(this::run, threadName);
    }

    public void start() {
        loop.start();
    }

    /** Commits what is handled and leaves the group; records still being handled are redelivered elsewhere. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            consumer.subscribe(topics, new Rebalance());
            while (running) {
                cycle();
            }
        } catch (WakeupException stopping) {
            // close() woke the poll
        } catch (RuntimeException e) {
            log.error("the delay engine stopped", e);
        } finally {
            try {
                drainCompletions();
                finalCommit();
            } catch (RuntimeException e) {
                log.warn("final commit failed: {}", e.toString());
            }
            consumer.close();
        }
    }

    /** A wake-up from {@link #close()} may still be pending and fire on the first blocking call: then once more. */
    private void finalCommit() {
        List<PartitionState> states = new ArrayList<>(partitions.values());
        try {
            commitSync(states);
        } catch (WakeupException pending) {
            states.forEach(state -> state.committed = -1);
            commitSync(states);
        }
    }

    private void cycle() {
        drainCompletions();
        long now = System.currentTimeMillis();
        long wake = now + settings.maxPollWait().toMillis();
        List<TopicPartition> pause = new ArrayList<>();
        List<TopicPartition> resume = new ArrayList<>();
        for (PartitionState partition : partitions.values()) {
            wake = Math.min(wake, dispatchDue(partition, now));
            if (!partition.buffer.isEmpty() && !partition.paused) {
                partition.paused = true;
                pause.add(partition.topicPartition);
            } else if (partition.buffer.isEmpty() && partition.paused) {
                partition.paused = false;
                resume.add(partition.topicPartition);
            }
        }
        if (!pause.isEmpty()) {
            consumer.pause(pause);
        }
        if (!resume.isEmpty()) {
            consumer.resume(resume);
        }
        if (now - lastCommit >= settings.commitInterval().toMillis()) {
            commitAsync();
            lastCommit = now;
        }
        long timeout = Math.max(0, wake - System.currentTimeMillis());
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(timeout));
        for (ConsumerRecord<String, byte[]> record : records) {
            PartitionState partition = partitions.get(new TopicPartition(record.topic(), record.partition()));
            if (partition == null) {
                continue; // revoked within this poll
            }
            partition.next = record.offset() + 1;
            partition.buffer.add(new Pending(record, PollRecords.dueAtMillis(record)));
        }
    }

    /** Dispatches what is due in one partition; answers when the loop must look again for it. */
    private long dispatchDue(PartitionState partition, long now) {
        long wake = Long.MAX_VALUE;
        Iterator<Map.Entry<Long, Pending>> retries = partition.retries.entrySet().iterator();
        while (retries.hasNext()) {
            Pending retry = retries.next().getValue();
            if (retry.dueAtMillis() > now) {
                wake = Math.min(wake, retry.dueAtMillis());
            } else if (inFlight < settings.maxInFlight()) {
                retries.remove();
                dispatch(partition, retry);
            } else {
                return now + 5; // full: look again soon
            }
        }
        while (!partition.buffer.isEmpty()) {
            Pending head = partition.buffer.peekFirst();
            if (head.dueAtMillis() > now) {
                return Math.min(wake, head.dueAtMillis());
            }
            if (inFlight >= settings.maxInFlight()) {
                return now + 5;
            }
            partition.buffer.pollFirst();
            dispatch(partition, head);
        }
        return wake;
    }

    private void dispatch(PartitionState partition, Pending pending) {
        ConsumerRecord<String, byte[]> record = pending.record();
        partition.inFlight.add(record.offset());
        inFlight++;
        Mono<Instant> handling;
        try {
            handling = handler.handle(record);
        } catch (RuntimeException e) {
            handling = Mono.error(e);
        }
        handling.map(Optional::of).defaultIfEmpty(Optional.empty()).subscribe(
                again -> completions.add(new Completion(partition, record, again.orElse(null))),
                error -> {
                    log.warn("handling {}-{}@{} failed, trying again in {}: {}", record.topic(), record.partition(),
                            record.offset(), settings.errorBackoff(), error.toString());
                    completions.add(new Completion(partition, record,
                            Instant.now().plus(settings.errorBackoff())));
                });
    }

    private void drainCompletions() {
        Completion completion;
        while ((completion = completions.poll()) != null) {
            inFlight--;
            PartitionState partition = completion.partition();
            if (partition.revoked) {
                continue;
            }
            long offset = completion.record().offset();
            partition.inFlight.remove(offset);
            if (completion.again() != null) {
                partition.retries.put(offset, new Pending(completion.record(), completion.again().toEpochMilli()));
            }
        }
    }

    private void commitAsync() {
        Map<TopicPartition, OffsetAndMetadata> offsets = committable(partitions.values());
        if (!offsets.isEmpty()) {
            consumer.commitAsync(offsets, (committed, error) -> {
                if (error != null) {
                    log.debug("offset commit failed (the next one covers it): {}", error.toString());
                }
            });
        }
    }

    private void commitSync(Collection<PartitionState> states) {
        Map<TopicPartition, OffsetAndMetadata> offsets = committable(states);
        if (!offsets.isEmpty()) {
            consumer.commitSync(offsets);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committable(Collection<PartitionState> states) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (PartitionState partition : states) {
            long offset = partition.lowestUnhandled();
            if (offset >= 0 && offset > partition.committed) {
                offsets.put(partition.topicPartition, new OffsetAndMetadata(offset));
                partition.committed = offset;
            }
        }
        return offsets;
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            drainCompletions();
            List<PartitionState> states = new ArrayList<>();
            for (TopicPartition topicPartition : revoked) {
                PartitionState state = partitions.remove(topicPartition);
                if (state != null) {
                    state.revoked = true;
                    states.add(state);
                }
            }
            try {
                commitSync(states);
            } catch (RuntimeException e) {
                log.warn("commit on revocation failed; the new owner repeats some polls: {}", e.toString());
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            for (TopicPartition topicPartition : lost) {
                PartitionState state = partitions.remove(topicPartition);
                if (state != null) {
                    state.revoked = true;
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            for (TopicPartition topicPartition : assigned) {
                partitions.computeIfAbsent(topicPartition, PartitionState::new);
            }
        }
    }

    private static final class PartitionState {
        final TopicPartition topicPartition;
        final ArrayDeque<Pending> buffer = new ArrayDeque<>();
        final TreeSet<Long> inFlight = new TreeSet<>();
        final TreeMap<Long, Pending> retries = new TreeMap<>();
        long next = -1;
        long committed = -1;
        boolean paused;
        volatile boolean revoked;

        PartitionState(TopicPartition topicPartition) {
            this.topicPartition = topicPartition;
        }

        /** The offset to commit: nothing at or after it is known to be handled. -1 before anything was fetched. */
        long lowestUnhandled() {
            long lowest = next;
            if (!buffer.isEmpty()) {
                lowest = Math.min(lowest, buffer.peekFirst().record().offset());
            }
            if (!inFlight.isEmpty()) {
                lowest = Math.min(lowest, inFlight.first());
            }
            if (!retries.isEmpty()) {
                lowest = Math.min(lowest, retries.firstKey());
            }
            return lowest;
        }
    }

    private record Pending(ConsumerRecord<String, byte[]> record, long dueAtMillis) {
    }

    private record Completion(PartitionState partition, ConsumerRecord<String, byte[]> record, Instant again) {
    }
}
