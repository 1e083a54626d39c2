package dev.hexgate.testkit.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Topic creation through the Admin API, shared by every {@link KafkaBroker} implementation. */
final class Topics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DESCRIBE_BACKOFF = Duration.ofMillis(50);

    private Topics() {
    }

    /** Creates topics with the broker's default partition count and replication factor. */
    static void createWithBrokerDefaults(String bootstrapServers, Collection<String> names) {
        create(bootstrapServers, names.stream()
                .map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
                .toList());
    }

    static void create(String bootstrapServers, Collection<NewTopic> topics) {
        List<String> names = topics.stream().map(NewTopic::name).toList();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "hexgate-testkit-admin"))) {
            admin.createTopics(topics).values().forEach(Topics::awaitCreated);
            awaitVisible(admin, names);
        }
    }

    private static void awaitCreated(String topic, Future<Void> creation) {
        try {
            await(creation);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topic, e.getCause());
            }
        }
    }

    /**
     * In KRaft the controller confirms creation before the broker has applied the new metadata; for a moment a
     * describe, produce or subscribe can still answer "unknown topic". Wait that moment out here, so callers can use
     * the topic as soon as creation returns.
     */
    private static void awaitVisible(Admin admin, List<String> names) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = await(admin.describeTopics(names).allTopicNames());
                if (described.values().stream().allMatch(Topics::hasLeaders)) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Could not describe topics " + names, e.getCause());
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new IllegalStateException("Topics " + names + " not visible within " + TIMEOUT);
            }
            pause();
        }
    }

    private static boolean hasLeaders(TopicDescription description) {
        return description.partitions().stream().allMatch(partition -> partition.leader() != null);
    }

    private static <T> T await(Future<T> future) throws ExecutionException {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to Kafka", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka admin call did not complete within " + TIMEOUT, e);
        }
    }

    /** Backoff between two describe attempts of the deadline loop above (a retry interval, not a guess). */
    private static void pause() {
        try {
            TimeUnit.NANOSECONDS.sleep(DESCRIBE_BACKOFF.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topic metadata", e);
        }
    }
}
