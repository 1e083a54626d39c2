package dev.hexgate.hexapi;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the black-box tests of hex-api-service share: an instance's arguments on the shared Kafka and a ledger
 * database, a producer for the commands they send, and reading back what the service published.
 */
final class BlackBox {

    private BlackBox() {
    }

    /**
     * An instance's arguments: a random port, the shared Kafka, its ledger in {@code database} (of the shared
     * PostgreSQL); then {@code more}, the test's own settings.
     */
    static List<String> serviceArguments(String database, String... more) {
        Postgres postgres = SharedPostgres.get();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + SharedKafka.get().bootstrapServers(),
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password()));
        arguments.addAll(Arrays.asList(more));
        return arguments;
    }

    /** {@link #serviceArguments} as {@code SpringApplication.run} takes them. */
    static String[] serviceArgumentArray(String database, String... more) {
        return serviceArguments(database, more).toArray(String[]::new);
    }

    /** A producer for commands (and other events) on the shared Kafka; the test closes it. */
    static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafka.get().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code event} and waits until Kafka has it. */
    static void send(KafkaProducer<String, byte[]> producer, HexgateEvent event) {
        producer.send(EventRecords.toRecord(event, "test"));
        producer.flush();
    }

    /** An event as {@code KafkaProbe} recorded it (value as text). */
    static HexgateEvent decode(ConsumerRecord<String, String> record) {
        return EventCodec.decode(EventRecords.header(record.headers(), EventHeaders.CE_TYPE),
                record.value().getBytes(StandardCharsets.UTF_8));
    }
}
