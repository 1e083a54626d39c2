package dev.hexgate.gateway.threads;

import dev.hexgate.gateway.commands.ListenerReadiness;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Whether this instance is listening for thread events yet; {@code ask_hex} waits for it before asking. */
@Component("threadEvents")
public class ThreadEventsReadiness extends ListenerReadiness implements HealthIndicator {

    private final ThreadWatches watches;

    public ThreadEventsReadiness(ThreadWatches watches) {
        this.watches = watches;
    }

    @Override
    public Health health() {
        Health.Builder health = partitions() < 0
                ? Health.down().withDetail("threads", "not yet listening for thread events")
                : Health.up().withDetail("threadPartitions", partitions());
        return health.withDetail("watchedThreads", watches.open()).build();
    }
}
