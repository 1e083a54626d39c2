package dev.hexgate.testkit.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A running Kafka broker a test can talk to. Obtain the shared one with {@link SharedKafka#get()}; do not stop it,
 * other test classes in the JVM use it too.
 */
public interface KafkaBroker {

    /** The {@code bootstrap.servers} value, e.g. {@code localhost:39421}. */
    String bootstrapServers();

    /**
     * Creates topics with the broker's default partition count (6 for the shared broker). Idempotent: topics that
     * already exist are left as they are. Returns once the broker serves metadata for every topic.
     */
    default void createTopics(String... names) {
        Topics.createWithBrokerDefaults(bootstrapServers(), Arrays.asList(names));
    }

    /**
     * Creates a topic with {@code partitions} partitions. Idempotent: an existing topic is left as it is, even if
     * its partition count differs. Returns once the broker serves metadata for the topic.
     */
    default void createTopic(String name, int partitions) {
        Topics.create(bootstrapServers(), List.of(new NewTopic(name, Optional.of(partitions), Optional.empty())));
    }
}
