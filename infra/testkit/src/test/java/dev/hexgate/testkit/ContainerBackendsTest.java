package dev.hexgate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.testkit.kafka.ContainerKafkaBroker;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.TestRecords;
import dev.hexgate.testkit.postgres.ContainerPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The container implementations, forced. Skipped where no Docker engine answers (the in-process ones are covered
 * by the other tests either way).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBackendsTest {

    @Test
    void optInChoosesContainersWhenDockerRuns() {
        String before = System.getProperty(ContainerOptIn.PROPERTY);
        System.setProperty(ContainerOptIn.PROPERTY, "true");
        try {
            assertThat(ContainerOptIn.shouldUseContainer("Kafka", "org.testcontainers.kafka.KafkaContainer")).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty(ContainerOptIn.PROPERTY);
            } else {
                System.setProperty(ContainerOptIn.PROPERTY, before);
            }
        }
    }

    @Test
    void kafkaContainerRoundTrip() throws Exception {
        try (ContainerKafkaBroker kafka = ContainerKafkaBroker.start()) {
            kafka.createTopic("container-round-trip", 3);
            try (KafkaProbe probe = KafkaProbe.listen(kafka, "container-round-trip")) {
                TestRecords.publish(kafka.bootstrapServers(), "container-round-trip", "k1", "hello");

                assertThat(probe.awaitRecord(r -> "k1".equals(r.key()), Duration.ofSeconds(30)).value())
                        .isEqualTo("hello");
            }
        }
    }

    @Test
    void postgresContainerServesIsolatedDatabases() throws Exception {
        try (ContainerPostgres postgres = ContainerPostgres.start()) {
            String url = postgres.createDatabase();
            try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                    Statement statement = connection.createStatement();
                    ResultSet version = statement.executeQuery("show server_version")) {
                version.next();
                assertThat(version.getString(1)).startsWith("17.");
            }
        }
    }
}
