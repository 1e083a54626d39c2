package dev.hexgate.hexapi.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

class InFlightCommandsTest {

    private final InFlightCommands inFlight = new InFlightCommands();
    private final List<String> acknowledged = new ArrayList<>();

    @Test
    void acknowledgesAPartitionOnlyUpToItsLowestUnfinishedRecord() {
        InFlightCommands.Ticket first = start(0, 10);
        InFlightCommands.Ticket second = start(0, 11);
        InFlightCommands.Ticket third = start(0, 12);
        InFlightCommands.Ticket elsewhere = start(1, 7);

        inFlight.finish(third);
        inFlight.finish(second);
        assertThat(acknowledged).isEmpty();
        assertThat(inFlight.running()).isEqualTo(2);

        inFlight.finish(elsewhere);
        assertThat(acknowledged).containsExactly("1@7");

        inFlight.finish(first);
        assertThat(acknowledged).containsExactly("1@7", "0@12");
        assertThat(inFlight.running()).isZero();
    }

    @Test
    void countsAFinishOnceAndNeverAcknowledgesPastAnAbandonedRecord() {
        InFlightCommands.Ticket stuck = start(0, 1);
        InFlightCommands.Ticket after = start(0, 2);
        inFlight.abandon(stuck);
        inFlight.finish(after);
        inFlight.finish(after);
        inFlight.finish(stuck);

        assertThat(acknowledged).isEmpty();
        assertThat(inFlight.running()).isZero();
    }

    @Test
    void acknowledgesNothingForAPartitionThatWasRevoked() {
        InFlightCommands.Ticket old = start(0, 5);
        inFlight.revoked(Set.of(new TopicPartition("t", 0)));
        inFlight.finish(old);
        assertThat(acknowledged).isEmpty();

        inFlight.finish(start(0, 5));
        assertThat(acknowledged).containsExactly("0@5");
    }

    private InFlightCommands.Ticket start(int partition, long offset) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("t", partition, offset, "k", new byte[0]);
        Acknowledgment acknowledgment = () -> acknowledged.add(partition + "@" + offset);
        return inFlight.start(record, acknowledgment);
    }
}
