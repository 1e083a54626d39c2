package dev.hexgate.poller.schedule;

import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.poller.polling.PollerProperties;
import dev.hexgate.poller.polling.ThreadPolls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link DelayedRecordConsumer} over {@code hexgate.threads} and every delay topic for the life of the
 * application context, in the group {@code hexgate.thread-poller.consumer-group}: instances share the partitions.
 */
public class PollingEngine implements SmartLifecycle {

    private final KafkaProperties kafka;
    private final PollerProperties properties;
    private final DelayTiers tiers;
    private final ThreadPolls polls;
    private DelayedRecordConsumer consumer;

    public PollingEngine(KafkaProperties kafka, PollerProperties properties, DelayTiers tiers, ThreadPolls polls) {
        this.kafka = kafka;
        this.properties = properties;
        this.tiers = tiers;
        this.polls = polls;
    }

    @Override
    public synchronized void start() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.consumerGroup());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "thread-poller-engine-" + properties.instanceId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // Rebalances move only the partitions that change owner; the others keep their buffers and paused state.
        config.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                CooperativeStickyAssignor.class.getName());
        List<String> topics = new ArrayList<>();
        topics.add(Topics.THREADS);
        topics.addAll(tiers.topics());
        consumer = new DelayedRecordConsumer(
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()), topics,
                polls::handle,
                new DelayedRecordConsumer.Settings(properties.maxPollWait(), properties.commitInterval(),
                        properties.maxInFlight(), Duration.ofSeconds(1)),
                "thread-poller-engine-" + properties.instanceId());
        consumer.start();
    }

    @Override
    public synchronized void stop() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return consumer != null;
    }
}
