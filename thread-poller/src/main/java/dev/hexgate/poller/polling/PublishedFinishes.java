package dev.hexgate.poller.polling;

import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Answers whether a claimed {@code ThreadFinished} reached {@code hexgate.threads}: the one question a crash
 * between "Kafka acknowledged the finish" and "the state row says so" leaves open. Reads the thread's partition
 * (chosen as the default partitioner chooses it, by key hash) from a little before the claim to its end, looking
 * for the event id. Runs only on that rare recovery path, with a consumer of its own (no group, nothing committed).
 */
public class PublishedFinishes {

    private static final Duration CLAIM_MARGIN = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Supplier<Consumer<String, byte[]>> consumers;

    public PublishedFinishes(Supplier<Consumer<String, byte[]>> consumers) {
        this.consumers = consumers;
    }

    /** Blocking. */
    public boolean published(String threadId, String eventId, Instant claimedAt) {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.THREADS);
            byte[] key = threadId.getBytes(StandardCharsets.UTF_8);
            TopicPartition partition = new TopicPartition(Topics.THREADS,
                    Utils.toPositive(Utils.murmur2(key)) % infos.size());
            consumer.assign(List.of(partition));
            long from = claimedAt.minus(CLAIM_MARGIN).toEpochMilli();
            OffsetAndTimestamp start = consumer.offsetsForTimes(Map.of(partition, from)).get(partition);
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            if (start == null) {
                return false; // nothing written since the claim
            }
            consumer.seek(partition, start.offset());
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (threadId.equals(record.key())
                            && eventId.equals(EventRecords.header(record.headers(), EventHeaders.CE_ID))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The ids this service gives events, derived so that a repeated step produces the very same id. */
    public static String derivedId(String kind, String... parts) {
        return UUID.nameUUIDFromBytes((kind + ":" + String.join("/", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
