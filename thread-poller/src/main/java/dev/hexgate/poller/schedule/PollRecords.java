package dev.hexgate.poller.schedule;

import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Delay-topic records. The due time travels in a header as well as in the event, so the consumer loop can decide
 * "due or not" without parsing JSON for records it is not going to run yet.
 */
public final class PollRecords {

    /** Epoch milliseconds, decimal. */
    public static final String DUE_AT = "hexgate-due-at";

    private PollRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(ThreadPollDue poll, Duration tier, String source) {
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(Topics.threadPolls(tier), poll.partitionKey(),
                poll, source);
        record.headers().add(DUE_AT, Long.toString(poll.dueAt().toEpochMilli()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** When the record falls due, in epoch milliseconds; 0 (now) for records without a due time. */
    public static long dueAtMillis(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(DUE_AT);
        if (header == null || header.value() == null) {
            return 0L;
        }
        try {
            return Long.parseLong(new String(header.value(), StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return 0L; // the handler reads the event's own dueAt and defers if it is early
        }
    }
}
