package dev.hexgate.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@WithKafka
class KafkaProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void seesWhatIsPublishedWithHeaders(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("round-trip");
        try (KafkaProbe probe = KafkaProbe.listen(kafka, topic)) {
            TestRecords.publish(kafka.bootstrapServers(), topic, "cmd-1", "{\"ok\":true}", "ce_type", "test.v1");

            ConsumerRecord<String, String> record = probe.awaitRecord(r -> "cmd-1".equals(r.key()), TIMEOUT);

            assertThat(record.value()).isEqualTo("{\"ok\":true}");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("test.v1");
        }
    }

    @Test
    void startsAtTheEndOfTheTopic(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("latest");
        kafka.createTopic(topic, 1);
        TestRecords.publish(kafka.bootstrapServers(), topic, "before", "old");

        try (KafkaProbe probe = KafkaProbe.listen(kafka, topic)) {
            TestRecords.publish(kafka.bootstrapServers(), topic, "after", "new");

            probe.awaitRecord(r -> "after".equals(r.key()), TIMEOUT);
            assertThat(probe.records()).extracting(ConsumerRecord::key).containsExactly("after");
        }
    }

    @Test
    void missesNothingPublishedRightAfterListenReturns(KafkaBroker kafka) throws Exception {
        String first = TestRecords.uniqueTopic("many");
        String second = TestRecords.uniqueTopic("many");
        List<String> keys = new ArrayList<>();
        try (KafkaProbe probe = KafkaProbe.listen(kafka, first, second)) {
            // one record per partition of each six-partition topic, the first sent without any delay
            for (int i = 0; i < 12; i++) {
                String key = "key-" + i;
                keys.add(key);
                TestRecords.publish(kafka.bootstrapServers(), i % 2 == 0 ? first : second, key, "v" + i);
            }

            for (String key : keys) {
                probe.awaitRecord(r -> key.equals(r.key()), TIMEOUT);
            }
            assertThat(probe.records()).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(probe.records()).extracting(ConsumerRecord::topic).containsOnly(first, second);
        }
    }

    @Test
    void awaitRecordFailsListingWhatArrived(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("no-match");
        try (KafkaProbe probe = KafkaProbe.listen(kafka, topic)) {
            TestRecords.publish(kafka.bootstrapServers(), topic, "other", "payload");
            probe.awaitRecord(r -> "other".equals(r.key()), TIMEOUT);

            assertThatThrownBy(() -> probe.awaitRecord(r -> "wanted".equals(r.key()), Duration.ofMillis(300)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("key=other");
        }
    }

    @Test
    void assertNothingPublishedPassesOnAQuietTopic(KafkaBroker kafka) {
        String topic = TestRecords.uniqueTopic("quiet");
        try (KafkaProbe probe = KafkaProbe.listen(kafka, topic)) {
            assertThat(probe.collectFor(Duration.ofMillis(300))).isEmpty();
            probe.assertNothingPublished(Duration.ofMillis(300));
        }
    }

    @Test
    void assertNothingPublishedFailsOnceSomethingWasPublished(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("noisy");
        try (KafkaProbe probe = KafkaProbe.listen(kafka, topic)) {
            TestRecords.publish(kafka.bootstrapServers(), topic, "unexpected", "v");
            probe.awaitRecord(r -> "unexpected".equals(r.key()), TIMEOUT);

            assertThatThrownBy(() -> probe.assertNothingPublished(Duration.ofMillis(100)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("key=unexpected");
        }
    }

    @Test
    void clearForgetsEarlierRecords(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("clear");
        try (KafkaProbe probe = KafkaProbe.listen(kafka, topic)) {
            TestRecords.publish(kafka.bootstrapServers(), topic, "step-1", "v");
            probe.awaitRecord(r -> "step-1".equals(r.key()), TIMEOUT);

            probe.clear();
            TestRecords.publish(kafka.bootstrapServers(), topic, "step-2", "v");
            probe.awaitRecord(r -> "step-2".equals(r.key()), TIMEOUT);

            assertThat(probe.records()).extracting(ConsumerRecord::key).containsExactly("step-2");
        }
    }

    @Test
    void aClosedProbeRefusesToWait(KafkaBroker kafka) {
        KafkaProbe probe = KafkaProbe.listen(kafka, TestRecords.uniqueTopic("closed"));
        probe.close();
        probe.close(); // idempotent

        assertThatThrownBy(() -> probe.awaitRecord(r -> true, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
