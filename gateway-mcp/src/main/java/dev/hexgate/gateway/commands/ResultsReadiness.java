package dev.hexgate.gateway.commands;

import dev.hexgate.gateway.GatewayProperties;
import java.time.Duration;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Whether this instance is listening for results yet. A command published before that could have its result
 * missed, so calls wait (briefly) for it; the health endpoint reports it too.
 */
@Component("commandResults")
public class ResultsReadiness implements HealthIndicator, ConsumerAwareRebalanceListener {

    private final Sinks.One<Integer> assigned = Sinks.one();
    private final ResultCounts counts;
    private final String instanceId;
    private volatile int partitions = -1;

    public ResultsReadiness(ResultCounts counts, GatewayProperties properties) {
        this.counts = counts;
        this.instanceId = properties.instanceId();
    }

    /**
     * Resolves the start positions synchronously before declaring this instance ready, so that a result published
     * after the first tool call can never fall before the position the consumer starts from.
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

    @Override
    public Health health() {
        Health.Builder health = partitions < 0
                ? Health.down().withDetail("results", "not yet listening for command results")
                : Health.up().withDetail("resultPartitions", partitions);
        return health.withDetail("instance", instanceId).withDetails(counts.snapshot()).build();
    }
}
