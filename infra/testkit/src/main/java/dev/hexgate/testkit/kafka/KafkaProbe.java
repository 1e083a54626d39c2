package dev.hexgate.testkit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records everything published to some topics from the moment it is created, for assertions.
 *
 * <p>{@link #listen} returns only once the probe's consumer owns every partition of the topics and knows its
 * position at their end, so a record published after {@code listen} returns is never missed, and records published
 * before are never seen. Missing topics are created first (broker default partition count), just as
 * auto-creation would.
 *
 * <p>A background thread polls; {@link #awaitRecord} waits on what it delivers until a match or a deadline, so no
 * test has to sleep. Keys and values are read as UTF-8 strings; headers are on the records.
 *
 * <pre>{@code
 * try (KafkaProbe probe = KafkaProbe.listen(SharedKafka.get(), "hexgate.commands")) {
 *     service.submit(command);
 *     ConsumerRecord<String, String> record =
 *             probe.awaitRecord(r -> r.key().equals(command.id()), Duration.ofSeconds(10));
 *     assertThat(record.headers().lastHeader("ce_type")).isNotNull();
 * }
 * }</pre>
 */
public final class KafkaProbe implements AutoCloseable {

    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(1);
    private static final int DESCRIBED_VALUE_LENGTH = 120;

    private final Set<String> topics;
    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition received = lock.newCondition();
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
    private volatile boolean closed;
    private volatile RuntimeException failure;

    private KafkaProbe(String bootstrapServers, Set<String> topics) {
        this.topics = topics;
        this.consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers),
                new StringDeserializer(), new StringDeserializer());
        this.poller = new Thread(this::pollUntilClosed, "kafka-probe-" + String.join(",", topics));
        this.poller.setDaemon(true);
    }

    /** Starts recording {@code topics} on the given broker; see the class comment for what "from now" means. */
    public static KafkaProbe listen(KafkaBroker broker, String... topics) {
        return listen(broker.bootstrapServers(), topics);
    }

    /** Starts recording {@code topics} on the broker at {@code bootstrapServers}. */
    public static KafkaProbe listen(String bootstrapServers, String... topics) {
        if (topics.length == 0) {
            throw new IllegalArgumentException("name at least one topic");
        }
        Topics.createWithBrokerDefaults(bootstrapServers, List.of(topics));
        KafkaProbe probe = new KafkaProbe(bootstrapServers, Set.copyOf(List.of(topics)));
        probe.poller.start();
        probe.awaitPositioned();
        return probe;
    }

    /** Everything received so far (since {@link #listen} or the last {@link #clear()}), in arrival order. */
    public List<ConsumerRecord<String, String>> records() {
        lock.lock();
        try {
            return List.copyOf(records);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first record received so far, or arriving before {@code timeout}, that matches.
     *
     * @throws AssertionError if none matched in time; the message lists what was received
     */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            int checked = 0;
            while (true) {
                for (; checked < records.size(); checked++) {
                    if (matching.test(records.get(checked))) {
                        return records.get(checked);
                    }
                }
                ensureRunning();
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("No matching record on " + topics + " within " + timeout
                            + "; received " + describe(records));
                }
                awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Watches for the whole {@code window}, then returns everything received since {@link #listen} (or the last
     * {@link #clear()}). For asserting on the complete output of an action, or on its absence.
     */
    public List<ConsumerRecord<String, String>> collectFor(Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        lock.lock();
        try {
            for (long remaining = window.toNanos(); remaining > 0; remaining = deadline - System.nanoTime()) {
                ensureRunning();
                awaitNanos(remaining);
            }
            ensureRunning();
            return List.copyOf(records);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asserts that nothing was published to the topics since {@link #listen} (or the last {@link #clear()}) and
     * that nothing arrives during {@code quietPeriod}. Absence can only be observed for a while: pick a period
     * longer than the action under test normally takes to publish.
     *
     * @throws AssertionError listing the records if any arrived
     */
    public void assertNothingPublished(Duration quietPeriod) {
        List<ConsumerRecord<String, String>> seen = collectFor(quietPeriod);
        if (!seen.isEmpty()) {
            throw new AssertionError("Expected nothing on " + topics + " but received " + describe(seen));
        }
    }

    /** Forgets the records received so far, e.g. between two steps of a test. */
    public void clear() {
        lock.lock();
        try {
            records.clear();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        consumer.wakeup();
        try {
            poller.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollUntilClosed() {
        try {
            consumer.subscribe(topics, new PositionOnAssignment());
            while (!closed) {
                var batch = consumer.poll(POLL_TIMEOUT);
                if (!batch.isEmpty()) {
                    lock.lock();
                    try {
                        batch.forEach(records::add);
                        received.signalAll();
                    } finally {
                        lock.unlock();
                    }
                }
            }
        } catch (WakeupException e) {
            // close() woke the consumer up; nothing to report
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            positioned.countDown(); // unblocks listen() if we died before the assignment
            lock.lock();
            try {
                received.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Resolves the position of each newly assigned partition right away. With {@code auto.offset.reset=latest} the
     * consumer would otherwise look up the end offset lazily, in a later poll, and a record published in between
     * would fall before the position and be skipped.
     */
    private final class PositionOnAssignment implements ConsumerRebalanceListener {

        private final Set<String> assignedTopics = new HashSet<>();

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                consumer.position(partition);
                assignedTopics.add(partition.topic());
            }
            if (assignedTopics.containsAll(topics)) {
                positioned.countDown();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> assignedTopics.remove(partition.topic()));
        }
    }

    private void awaitPositioned() {
        boolean ready;
        try {
            ready = positioned.await(ASSIGNMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for the probe's partition assignment", e);
        }
        if (!ready || failure != null || closed) {
            close();
            throw new IllegalStateException(ready
                    ? "Probe consumer failed before its partitions were assigned"
                    : "Probe did not get partitions of " + topics + " assigned within " + ASSIGNMENT_TIMEOUT,
                    failure);
        }
    }

    private void awaitNanos(long nanos) {
        try {
            received.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for records", e);
        }
    }

    private void ensureRunning() {
        if (failure != null) {
            throw new IllegalStateException("Probe consumer on " + topics + " failed", failure);
        }
        if (closed) {
            throw new IllegalStateException("Probe on " + topics + " is closed");
        }
    }

    private static Map<String, Object> consumerConfig(String bootstrapServers) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // a group of its own: sees every partition, takes nothing away from the consumers under test
                ConsumerConfig.GROUP_ID_CONFIG, "hexgate-testkit-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // close() waits for the fetch parked at the broker; the default 500 ms would be paid per probe
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                // consumers under test may write transactionally; only count what they committed
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static String describe(List<ConsumerRecord<String, String>> seen) {
        if (seen.isEmpty()) {
            return "nothing";
        }
        return seen.size() + " record(s):" + seen.stream()
                .map(r -> "\n  " + r.topic() + "-" + r.partition() + "@" + r.offset()
                        + " key=" + r.key() + " value=" + abbreviate(r.value()))
                .collect(Collectors.joining());
    }

    private static String abbreviate(String value) {
        return value == null || value.length() <= DESCRIBED_VALUE_LENGTH
                ? value
                : value.substring(0, DESCRIBED_VALUE_LENGTH) + "…";
    }
}
