package dev.hexgate.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.HexgateEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class EventCodecTest {

    static Iterable<HexgateEvent> events() {
        return SampleEvents.all();
    }

    @Test
    void samplesCoverEveryEventType() {
        Set<Class<?>> sampled = SampleEvents.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrder(HexgateEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyEventTypeHasItsOwnCeType() {
        for (Class<?> type : HexgateEvent.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            EventType eventType = EventType.of((Class<? extends HexgateEvent>) type);
            assertThat(eventType.ceType()).startsWith("dev.hexgate.").endsWith(".v1");
            assertThat(EventType.fromCeType(eventType.ceType())).contains(eventType);
        }
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType).distinct())
                .hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripsEveryField(HexgateEvent event) {
        byte[] json = EventCodec.encode(event);
        assertThat(EventCodec.decode(json, event.getClass())).isEqualTo(event);
        assertThat(EventCodec.decode(EventType.of(event).ceType(), json)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void ignoresFieldsItDoesNotKnow(HexgateEvent event) {
        ObjectNode tree = (ObjectNode) EventCodec.mapper().readTree(EventCodec.encode(event));
        tree.put("addedInAFutureVersion", "anything");
        tree.putObject("nestedNewThing").put("x", 1);
        byte[] newer = EventCodec.mapper().writeValueAsBytes(tree);
        assertThat(EventCodec.decode(newer, event.getClass())).isEqualTo(event);
    }

    @Test
    void writesTimestampsAsIsoStringsAndLeavesOutDerivedValues() {
        String json = new String(EventCodec.encode(SampleEvents.REQUESTED), StandardCharsets.UTF_8);
        assertThat(json).contains("\"requestedAt\":\"2026-11-21T10:15:30.123Z\"")
                .doesNotContain("partitionKey").doesNotContain("correlatedCommandId");
    }

    @Test
    void rejectsGarbageWithAMalformedEventError() {
        assertThatThrownBy(() -> EventCodec.decode("{not json".getBytes(StandardCharsets.UTF_8), CommandRequested.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("CommandRequested");
        assertThatThrownBy(() -> EventCodec.decode("dev.hexgate.nope.v1", "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown ce_type");
    }
}
