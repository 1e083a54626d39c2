package dev.hexgate.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.codec.MalformedEventException;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CredentialRevoked;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class EventRecordsTest {

    @Test
    void commandsAreKeyedByUserAndCarryCloudEventsHeaders() {
        ProducerRecord<String, byte[]> record = EventRecords.toRecord(SampleEvents.REQUESTED, "gateway-mcp");
        assertThat(record.topic()).isEqualTo(Topics.COMMANDS);
        assertThat(record.key()).isEqualTo("mcp:alice");
        assertThat(EventRecords.header(record.headers(), EventHeaders.CE_ID)).isEqualTo("ev-1");
        assertThat(EventRecords.header(record.headers(), EventHeaders.CE_TYPE))
                .isEqualTo(EventType.COMMAND_REQUESTED.ceType());
        assertThat(EventRecords.header(record.headers(), EventHeaders.CE_SOURCE)).isEqualTo("gateway-mcp");
        assertThat(EventRecords.header(record.headers(), EventHeaders.CE_SPECVERSION)).isEqualTo("1.0");
        assertThat(EventRecords.header(record.headers(), EventHeaders.CE_TIME)).isNotBlank();
        assertThat(EventRecords.header(record.headers(), EventHeaders.COMMAND_ID)).isEqualTo("cmd-1");
    }

    @Test
    void everyEventReadsBackFromItsRecord() {
        for (HexgateEvent event : SampleEvents.all()) {
            ProducerRecord<String, byte[]> sent = event instanceof ThreadPollDue
                    ? EventRecords.toRecord(Topics.threadPolls(Duration.ofSeconds(20)), event.partitionKey(), event, "t")
                    : EventRecords.toRecord(event, "t");
            ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
            sent.headers().forEach(h -> received.headers().add(h));
            assertThat(EventRecords.fromRecord(received)).isEqualTo(event);
        }
    }

    @Test
    void resultsAreKeyedByCommandAndRevocationsHaveNoCommandHeader() {
        HexgateEvent completed = SampleEvents.all().stream().filter(CommandCompleted.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(EventRecords.toRecord(completed, "s").key()).isEqualTo("cmd-1");
        assertThat(EventRecords.toRecord(completed, "s").topic()).isEqualTo(Topics.COMMAND_RESULTS);
        HexgateEvent revoked = SampleEvents.all().stream().filter(CredentialRevoked.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(EventRecords.toRecord(revoked, "s").headers().lastHeader(EventHeaders.COMMAND_ID)).isNull();
    }

    @Test
    void pollsMustNameTheirDelayTopic() {
        HexgateEvent poll = SampleEvents.all().stream().filter(ThreadPollDue.class::isInstance).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> EventRecords.toRecord(poll, "s")).hasMessageContaining("no home topic");
        assertThat(Topics.threadPolls(Duration.ofSeconds(20))).isEqualTo("hexgate.thread-polls.20s");
        assertThat(Topics.deadLetter(Topics.COMMANDS)).isEqualTo("hexgate.commands.dlt");
    }

    @Test
    void aRecordWithoutTypeIsMalformed() {
        ConsumerRecord<String, byte[]> bare = new ConsumerRecord<>(Topics.COMMANDS, 2, 17, "k", "{}".getBytes());
        assertThatThrownBy(() -> EventRecords.fromRecord(bare)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("hexgate.commands-2@17");
    }
}
