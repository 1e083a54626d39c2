package dev.hexgate.testkit.kafka;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka in a Docker container (Testcontainers, {@value #IMAGE}), configured like {@link InProcessKafkaBroker}.
 * Used by {@link SharedKafka} only on opt-in (see {@link dev.hexgate.testkit.ContainerOptIn}). Needs the optional
 * {@code testcontainers-kafka} dependency; nothing else in the testkit loads this class.
 */
public final class ContainerKafkaBroker implements RunningKafkaBroker {

    /** The GraalVM native build of the Apache image: starts in about a second. */
    public static final String IMAGE = "apache/kafka-native:4.1.0";

    private final KafkaContainer container;

    private ContainerKafkaBroker(KafkaContainer container) {
        this.container = container;
    }

    /** Starts a new container; throws if there is no Docker engine. */
    @SuppressWarnings("resource") // closed by close()
    public static ContainerKafkaBroker start() {
        // The image maps KAFKA_* variables to broker properties. Testcontainers already sets the single-broker
        // replication factors, offsets.topic.num.partitions=1 and group.initial.rebalance.delay.ms=0; these two
        // make the rest match the in-process broker.
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(InProcessKafkaBroker.DEFAULT_PARTITIONS))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        container.start();
        return new ContainerKafkaBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return IMAGE + " container at " + bootstrapServers();
    }
}
