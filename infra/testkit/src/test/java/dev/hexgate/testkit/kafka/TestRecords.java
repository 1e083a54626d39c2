package dev.hexgate.testkit.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishing and describing for the tests; synchronous, so "published" means acknowledged. */
public final class TestRecords {

    private TestRecords() {
    }

    /** A topic name no other test uses (the broker is shared across the JVM). */
    public static String uniqueTopic(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static void publish(String bootstrapServers, String topic, String key, String value,
            String... headerNamesAndValues) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            for (int i = 0; i + 1 < headerNamesAndValues.length; i += 2) {
                record.headers().add(headerNamesAndValues[i],
                        headerNamesAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    public static TopicDescription describe(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        }
    }
}
