package dev.hexgate.contracts.kafka;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.events.HexgateEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Builds and reads Kafka records for events, so that topic, key and headers are chosen in one place for every
 * producer and every consumer reads them the same way.
 */
public final class EventRecords {

    private EventRecords() {
    }

    /** The record for an event on its home topic with its documented key. */
    public static ProducerRecord<String, byte[]> toRecord(HexgateEvent event, String source) {
        EventType type = EventType.of(event);
        String topic = type.homeTopic().orElseThrow(
                () -> new IllegalArgumentException(type.ceType() + " has no home topic; name the topic"));
        return toRecord(topic, event.partitionKey(), event, source);
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, String key, HexgateEvent event, String source) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, EventCodec.encode(event));
        Headers headers = record.headers();
        put(headers, EventHeaders.CE_ID, event.eventId());
        put(headers, EventHeaders.CE_TYPE, EventType.of(event).ceType());
        put(headers, EventHeaders.CE_SOURCE, source);
        put(headers, EventHeaders.CE_TIME, Instant.now().toString());
        put(headers, EventHeaders.CE_SPECVERSION, EventHeaders.SPEC_VERSION);
        put(headers, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        String commandId = event.correlatedCommandId();
        if (commandId != null) {
            put(headers, EventHeaders.COMMAND_ID, commandId);
        }
        return record;
    }

    /** Reads an event by its {@code ce_type} header; a record without one, or unreadable, is malformed. */
    public static HexgateEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        String ceType = header(record.headers(), EventHeaders.CE_TYPE);
        if (ceType == null) {
            throw new MalformedEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + EventHeaders.CE_TYPE + " header", null);
        }
        return EventCodec.decode(ceType, record.value());
    }

    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
