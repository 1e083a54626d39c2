package dev.hexgate.gateway.commands;

import java.time.Duration;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Whether a listener that starts at the end of its topic is listening yet. Something published before that could
 * be missed, so the calls that wait for an answer on the topic wait (briefly) for this first.
 */
public class ListenerReadiness implements ConsumerAwareRebalanceListener {

    private final Sinks.One<Integer> assigned = Sinks.one();
    private volatile int partitions = -1;

    /**
     * Resolves the start positions synchronously before declaring the listener ready, so that a record published
     * after the first call can never fall before the position the consumer starts from.
     */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assignedPartitions) {
        assignedPartitions.forEach(consumer::position);
        partitions = assignedPartitions.size();
        assigned.tryEmitValue(partitions);
    }

    public Mono<Void> awaitReady(Duration timeout) {
        return assigned.asMono().timeout(timeout).then();
    }

    /**
     * A container factory for such a listener: Boot's settings, this readiness hook on partition assignment, and no
     * offset commits. Its group belongs to one instance and always starts at the end of the topic: a committed
     * offset would only make a restarted instance with the same id read records whose calls died with the old
     * process, and committing after every poll would hold up the thread that completes the calls.
     */
    public ConcurrentKafkaListenerContainerFactory<Object, Object> containerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.getContainerProperties().setConsumerRebalanceListener(this);
        // MANUAL without ever acknowledging: the container never commits.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        return factory;
    }

    /** How many partitions the listener reads; negative until it has been assigned any. */
    public int partitions() {
        return partitions;
    }
}
