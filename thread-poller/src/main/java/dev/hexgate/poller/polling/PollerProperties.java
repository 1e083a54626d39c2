package dev.hexgate.poller.polling;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.thread-poller}.
 *
 * @param consumerGroup       {@code HEXGATE_THREAD_POLLER_CONSUMER_GROUP}, default {@code thread-poller}; instances in
 *                            one group share the partitions
 * @param instanceId          names this instance in its Kafka client ids ({@code thread-poller-engine-<id>},
 *                            {@code thread-poller-producer-<id>}) and thread names ({@code thread-poller-engine-<id>},
 *                            {@code thread-poller-db-<id>-N}), so the consumer group's description and the logs tell
 *                            which instance owns which partitions and handled which poll
 *                            ({@code HEXGATE_THREAD_POLLER_INSTANCE_ID}, e.g. the pod name; default: 8 random hex
 *                            digits per start). Only a name: it plays no part in the group's assignment
 * @param tiers               the delay topics' delays ({@code HEXGATE_THREAD_POLLER_TIERS}, default
 *                            {@code 1s,2s,5s,10s,20s,30s,60s})
 * @param partitions          partitions of each delay topic when this service creates it
 *                            ({@code HEXGATE_THREAD_POLLER_PARTITIONS}, default 6): the most instances that share work
 * @param maxPollWait         longest consumer poll ({@code HEXGATE_THREAD_POLLER_MAX_POLL_WAIT}, default 100ms)
 * @param commitInterval      {@code HEXGATE_THREAD_POLLER_COMMIT_INTERVAL}, default 1s
 * @param maxInFlight         polls handled at once per instance ({@code HEXGATE_THREAD_POLLER_MAX_IN_FLIGHT}, 1000)
 * @param finishRecoveryGrace a finish claimed but not known to be on Kafka is looked for on Kafka only this long after
 *                            its claim ({@code HEXGATE_THREAD_POLLER_FINISH_RECOVERY_GRACE}, default 20s; keep it above the
 *                            producer's 15 s delivery timeout)
 * @param budget              how long and how often a thread is polled
 */
@ConfigurationProperties(prefix = "hexgate.thread-poller")
public record PollerProperties(
        @DefaultValue("thread-poller") String consumerGroup,
        String instanceId,
        @DefaultValue({"1s", "2s", "5s", "10s", "20s", "30s", "60s"}) List<Duration> tiers,
        @DefaultValue("6") int partitions,
        @DefaultValue("100ms") Duration maxPollWait,
        @DefaultValue("1s") Duration commitInterval,
        @DefaultValue("1000") int maxInFlight,
        @DefaultValue("20s") Duration finishRecoveryGrace,
        @DefaultValue PollBudget budget) {

    public PollerProperties {
        if (instanceId == null || instanceId.isBlank()) {
            // unique per start, so two instances on one host (or in one JVM) never share a client id
            instanceId = UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
