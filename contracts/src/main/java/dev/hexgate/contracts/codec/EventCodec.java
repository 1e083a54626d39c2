package dev.hexgate.contracts.codec;

import dev.hexgate.contracts.events.HexgateEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for events. Tolerant reader: unknown fields are ignored so that a producer can add a field before every
 * consumer knows it. Timestamps are ISO-8601 strings, readable in a topic dump.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventCodec() {
    }

    /** The mapper events are written with; services use it for the JSON inside events too. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(HexgateEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T extends HexgateEvent> T decode(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Decodes by CloudEvents type, the way a consumer of a topic with several event types does. */
    public static HexgateEvent decode(String ceType, byte[] json) {
        EventType type = EventType.fromCeType(ceType)
                .orElseThrow(() -> new MalformedEventException("unknown ce_type " + ceType, null));
        return decode(json, type.recordClass());
    }

    /** Turns any value (a Hex response, tool arguments) into a JSON tree for an event field. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
