package dev.hexgate.poller.polling;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.thread-poller}.
 *
 * @param consumerGroup       {@code HEXGATE_THREAD_POLLER_CONSUMER_GROUP}, default {@code thread-poller}; instances in
 *                            one group share the partitions
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
        @DefaultValue({"1s", "2s", "5s", "10s", "20s", "30s", "60s"}) List<Duration> tiers,
        @DefaultValue("6") int partitions,
        @DefaultValue("100ms") Duration maxPollWait,
        @DefaultValue("1s") Duration commitInterval,
        @DefaultValue("1000") int maxInFlight,
        @DefaultValue("20s") Duration finishRecoveryGrace,
        @DefaultValue PollBudget budget) {
}
