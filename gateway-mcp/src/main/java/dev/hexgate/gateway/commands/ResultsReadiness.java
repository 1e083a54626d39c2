package dev.hexgate.gateway.commands;

import dev.hexgate.gateway.GatewayProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is listening for command results yet; the health endpoint reports it with the result
 * counts.
 */
@Component("commandResults")
public class ResultsReadiness extends ListenerReadiness implements HealthIndicator {

    private final ResultCounts counts;
    private final String instanceId;

    public ResultsReadiness(ResultCounts counts, GatewayProperties properties) {
        this.counts = counts;
        this.instanceId = properties.instanceId();
    }

    @Override
    public Health health() {
        Health.Builder health = partitions() < 0
                ? Health.down().withDetail("results", "not yet listening for command results")
                : Health.up().withDetail("resultPartitions", partitions());
        return health.withDetail("instance", instanceId).withDetails(counts.snapshot()).build();
    }
}
