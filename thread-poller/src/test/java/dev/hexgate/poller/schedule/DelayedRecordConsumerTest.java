package dev.hexgate.poller.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.testkit.kafka.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The delay engine on a real broker: never early, never blocked by another partition, commits only what is done. */
class DelayedRecordConsumerTest {

    private final String topic = "poller-engine-test-" + UUID.randomUUID();
    private final String group = "poller-engine-test-" + UUID.randomUUID();
    private final List<Handled> handled = new CopyOnWriteArrayList<>();
    private DelayedRecordConsumer engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void noRecordRunsBeforeItIsDueAndARecordNotYetDueHoldsUpNoOtherPartition() throws Exception {
        createTopic(2);
        long now = System.currentTimeMillis();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(record(0, "late", now + 6_000));
        for (int i = 0; i < 20; i++) {
            records.add(record(1, "soon-" + i, now + 500 + i * 75L));
        }
        // the same partition as "late", due before it: still after it, since a tier's records are due in order
        records.add(record(0, "behind-late", now + 6_500));
        send(records);

        engine = start((record, at) -> Mono.empty());

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == records.size());
        for (Handled h : handled) {
            assertThat(h.atMillis()).as("%s ran at or after its due time", h.key()).isGreaterThanOrEqualTo(h.dueMillis());
        }
        Handled late = find("late");
        assertThat(handled.stream().filter(h -> h.key().startsWith("soon-")))
                .allSatisfy(h -> assertThat(h.atMillis()).isLessThan(late.atMillis()));
        assertThat(handled.stream().filter(h -> h.key().startsWith("soon-")).mapToLong(h -> h.atMillis() - h.dueMillis())
                .max().orElseThrow()).as("lateness of due records behind nothing").isLessThan(1_000);
        assertThat(find("behind-late").atMillis()).isGreaterThanOrEqualTo(late.atMillis());
    }

    @Test
    void aRecordToBeTriedAgainLaterWaitsAsideWithoutHoldingItsPartition() throws Exception {
        createTopic(1);
        long now = System.currentTimeMillis();
        send(List.of(record(0, "again", now), record(0, "next", now + 200)));
        Map<String, Integer> runs = new ConcurrentHashMap<>();
        long retryAt = now + 3_000;

        engine = start((record, at) -> runs.merge(record.key(), 1, Integer::sum) == 1 && record.key().equals("again")
                ? Mono.just(Instant.ofEpochMilli(retryAt)) : Mono.empty());

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == 3);
        assertThat(handled.stream().map(Handled::key)).containsExactly("again", "next", "again");
        assertThat(handled.get(2).atMillis()).isGreaterThanOrEqualTo(retryAt);
    }

    @Test
    void offsetsAreCommittedOnlyUpToTheFirstRecordNotHandled() throws Exception {
        createTopic(1);
        long now = System.currentTimeMillis();
        send(List.of(record(0, "a", now), record(0, "b", now), record(0, "stuck", now), record(0, "d", now)));

        engine = start((record, at) -> record.key().equals("stuck") ? Mono.never() : Mono.empty());

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == 4);
        engine.close();
        engine = null;
        assertThat(committed(new TopicPartition(topic, 0))).as("offset of 'stuck'").isEqualTo(2L);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private interface Handler {
        Mono<Instant> handle(ConsumerRecord<String, byte[]> record, long atMillis);
    }

    private record Handled(String key, long dueMillis, long atMillis) {
    }

    private DelayedRecordConsumer start(Handler handler) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.get().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        DelayedRecordConsumer consumer = new DelayedRecordConsumer(
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()), Set.of(topic),
                record -> {
                    long at = System.currentTimeMillis();
                    handled.add(new Handled(record.key(), PollRecords.dueAtMillis(record), at));
                    return handler.handle(record, at);
                },
                new DelayedRecordConsumer.Settings(Duration.ofMillis(100), Duration.ofMillis(200), 100,
                        Duration.ofSeconds(1)),
                "engine-test");
        consumer.start();
        return consumer;
    }

    private Handled find(String key) {
        return handled.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    private ProducerRecord<String, byte[]> record(int partition, String key, long dueMillis) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, new byte[0]);
        record.headers().add(PollRecords.DUE_AT, Long.toString(dueMillis).getBytes(StandardCharsets.US_ASCII));
        return record;
    }

    private void send(List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.get().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    private void createTopic(int partitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    private Long committed(TopicPartition partition) throws Exception {
        try (Admin admin = admin()) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .get(partition);
            return offset == null ? null : offset.offset();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.get().bootstrapServers()));
    }
}
