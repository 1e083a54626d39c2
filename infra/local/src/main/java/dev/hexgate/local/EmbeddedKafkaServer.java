package dev.hexgate.local;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single-node KRaft broker in this JVM, for running on one machine with nothing installed. */
final class EmbeddedKafkaServer implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts on a free port: the KRaft test broker does not honour fixed ports, so the address is reported instead. */
    static EmbeddedKafkaServer start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "6",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        // The broker publishes its address as JVM-wide system properties, which would outrank every service's own
        // configuration; each service is told the address explicitly instead.
        System.clearProperty("spring.kafka.bootstrap-servers");
        System.clearProperty(EmbeddedKafkaKraftBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        return new EmbeddedKafkaServer(broker);
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
