package dev.hexgate.testkit.kafka;

import dev.hexgate.testkit.ContainerOptIn;
import dev.hexgate.testkit.SharedResource;

/**
 * The Kafka broker shared by all tests in a JVM: started on first use, stopped when the JVM exits.
 *
 * <p>In-process ({@link InProcessKafkaBroker}) unless containers are opted into (see {@link ContainerOptIn}), in
 * which case it is a {@link ContainerKafkaBroker}. Topics auto-create with 6 partitions.
 *
 * <p>Because the broker outlives test classes, give each test its own topic names (or its own consumer groups)
 * instead of relying on an empty broker.
 *
 * <p>Spring Boot tests point their Kafka clients at it with
 * <pre>{@code
 * @DynamicPropertySource
 * static void kafka(DynamicPropertyRegistry registry) {
 *     registry.add("spring.kafka.bootstrap-servers", () -> SharedKafka.get().bootstrapServers());
 * }
 * }</pre>
 * (for the Stream binder, register {@code spring.cloud.stream.kafka.binder.brokers} the same way).
 */
public final class SharedKafka {

    private static final SharedResource<RunningKafkaBroker> BROKER = new SharedResource<>("Kafka", SharedKafka::start);

    private SharedKafka() {
    }

    /** The shared broker, started on the first call. Thread-safe. Do not stop it. */
    public static KafkaBroker get() {
        return BROKER.get();
    }

    private static RunningKafkaBroker start() {
        if (ContainerOptIn.shouldUseContainer("Kafka", "org.testcontainers.kafka.KafkaContainer")) {
            return ContainerKafkaBroker.start();
        }
        return InProcessKafkaBroker.start();
    }
}
