package dev.hexgate.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@WithKafka
class SharedKafkaTest {

    @Test
    void oneBrokerPerJvm(KafkaBroker injected) {
        assertThat(SharedKafka.get()).isSameAs(injected).isSameAs(SharedKafka.get());
        assertThat(SharedKafka.get().bootstrapServers()).isEqualTo(injected.bootstrapServers()).isNotBlank();
    }

    @Test
    void startLeavesNoSpringSystemProperties() {
        SharedKafka.get();

        assertThat(System.getProperty("spring.kafka.bootstrap-servers")).isNull();
        assertThat(System.getProperty("spring.embedded.kafka.brokers")).isNull();
    }

    @Test
    void createTopicWithPartitionsIsVisibleToAdmin(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("three");

        kafka.createTopic(topic, 3);

        assertThat(TestRecords.describe(kafka.bootstrapServers(), topic).partitions()).hasSize(3);
    }

    @Test
    void creatingAnExistingTopicAgainIsANoOp(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("again");
        kafka.createTopic(topic, 2);

        kafka.createTopic(topic, 5);
        kafka.createTopics(topic);

        assertThat(TestRecords.describe(kafka.bootstrapServers(), topic).partitions()).hasSize(2);
    }

    @Test
    void createTopicsUsesTheBrokerDefaultOfSixPartitions(KafkaBroker kafka) throws Exception {
        String first = TestRecords.uniqueTopic("defaults");
        String second = TestRecords.uniqueTopic("defaults");

        kafka.createTopics(first, second);

        assertThat(TestRecords.describe(kafka.bootstrapServers(), first).partitions()).hasSize(6);
        assertThat(TestRecords.describe(kafka.bootstrapServers(), second).partitions()).hasSize(6);
    }

    @Test
    void publishingToAnUnknownTopicAutoCreatesItWithSixPartitions(KafkaBroker kafka) throws Exception {
        String topic = TestRecords.uniqueTopic("auto");

        TestRecords.publish(kafka.bootstrapServers(), topic, "k", "v");

        assertThat(TestRecords.describe(kafka.bootstrapServers(), topic).partitions()).hasSize(6);
    }
}
