package dev.hexgate.testkit.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Exit;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft broker inside the test JVM (spring-kafka-test's {@link EmbeddedKafkaKraftBroker}), on a
 * random port. The default behind {@link SharedKafka}; start your own only when a test must own a broker, and
 * close it.
 */
public final class InProcessKafkaBroker implements RunningKafkaBroker {

    /** Partitions of auto-created topics and of {@link #createTopics(String...)}: more than one, like production. */
    public static final int DEFAULT_PARTITIONS = 6;

    /**
     * System properties {@link EmbeddedKafkaKraftBroker} sets on start and never clears. Left behind they shadow a
     * later test's own {@code spring.kafka.bootstrap-servers} and point it at this broker (or, after a stop, at a
     * dead port), so they are put back the way they were right after start.
     */
    static final List<String> LEAKED_PROPERTIES =
            List.of("spring.kafka.bootstrap-servers", EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);

    private static final Map<String, String> BROKER_PROPERTIES = Map.of(
            "num.partitions", String.valueOf(DEFAULT_PARTITIONS),
            "auto.create.topics.enable", "true",
            // a fresh consumer group would otherwise wait 3 s for more members before the first assignment
            "group.initial.rebalance.delay.ms", "0",
            // one broker: internal topics cannot have more replicas than that
            "offsets.topic.replication.factor", "1",
            // the first consumer group in a JVM creates this topic; 50 partitions (the default) cost a second
            "offsets.topic.num.partitions", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1");

    private final EmbeddedKafkaKraftBroker broker;
    private volatile String bootstrapServers;
    private boolean closed;

    private InProcessKafkaBroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts a new broker (about 2 s for the first in a JVM, well under 1 s after that). */
    public static InProcessKafkaBroker start() {
        EmbeddedKafkaKraftBroker embedded = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
        embedded.brokerProperties(BROKER_PROPERTIES);
        InProcessKafkaBroker broker = new InProcessKafkaBroker(embedded);
        Map<String, String> before = snapshot(LEAKED_PROPERTIES);
        // Kafka's test kit registers a JVM shutdown hook that deletes the broker's data directory. JVM hooks run
        // concurrently, so at exit that deletion raced the broker's own shutdown and the broker logged ERRORs about
        // vanished checkpoint files. Routed through close() first, the directory goes only once the broker stopped.
        Exit.setShutdownHookAdder((name, hook) -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            hook.run();
        }, name)));
        try {
            embedded.afterPropertiesSet();
            broker.bootstrapServers = embedded.getBrokersAsString();
            return broker;
        } catch (RuntimeException e) {
            try {
                broker.close();
            } catch (RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        } finally {
            Exit.resetShutdownHookAdder();
            restore(before);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and deletes its data; idempotent, and safe to call from several shutdown hooks at once. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            broker.destroy();
        }
    }

    @Override
    public String toString() {
        return "in-process KRaft broker at " + bootstrapServers;
    }

    private static Map<String, String> snapshot(List<String> keys) {
        Map<String, String> values = new HashMap<>();
        keys.forEach(key -> values.put(key, System.getProperty(key)));
        return values;
    }

    private static void restore(Map<String, String> values) {
        values.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
