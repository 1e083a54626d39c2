package dev.hexgate.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A broker of its own: the system-property handling is only observable around a start. */
class InProcessKafkaBrokerTest {

    private static final String SPRING_BOOTSTRAP = "spring.kafka.bootstrap-servers";
    private static final String EMBEDDED_BROKERS = "spring.embedded.kafka.brokers";

    @Test
    void startKeepsATestsOwnBootstrapPropertyAndAddsNone() throws Exception {
        String before = System.getProperty(SPRING_BOOTSTRAP);
        System.setProperty(SPRING_BOOTSTRAP, "configured-by-the-test:9092");
        try (InProcessKafkaBroker broker = InProcessKafkaBroker.start()) {
            assertThat(System.getProperty(SPRING_BOOTSTRAP)).isEqualTo("configured-by-the-test:9092");
            assertThat(System.getProperty(EMBEDDED_BROKERS)).isNull();

            String topic = TestRecords.uniqueTopic("own-broker");
            broker.createTopic(topic, 1);
            assertThat(TestRecords.describe(broker.bootstrapServers(), topic).partitions()).hasSize(1);
        } finally {
            if (before == null) {
                System.clearProperty(SPRING_BOOTSTRAP);
            } else {
                System.setProperty(SPRING_BOOTSTRAP, before);
            }
        }
    }
}
