package dev.hexgate.vault.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.HexApiCredential;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Events written while Kafka cannot be reached stay in the outbox and go out, once, when a publisher can reach it;
 * two instances publishing from one outbox send every event once.
 */
class OutboxPublisherTest {

    @Test
    void eventsWrittenWhileKafkaIsUnreachableArePublishedOnceByTheNextPublisher() {
        String database = SharedPostgres.get().createDatabase();
        String user = "mcp:outbox-" + UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(SharedKafka.get(), Topics.AUTH, Topics.AUDIT)) {
            try (TestVault offline = TestVault.start(database, Map.of(
                    "spring.kafka.bootstrap-servers", "127.0.0.1:1",
                    "spring.kafka.admin.auto-create", false,
                    "spring.kafka.producer.properties.max.block.ms", 300,
                    "hexgate.token-vault.outbox.send-timeout", "500ms"))) {
                offline.bean(CredentialStore.class).saveHexApi(user, new HexApiCredential("hxtp_x", null, null));
                assertThat(offline.delete("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN)
                        .statusCode()).as("the disconnect does not wait for Kafka").isEqualTo(200);
                OutboxPublisher publisher = offline.bean(OutboxPublisher.class);
                assertThat(publisher.pending()).isEqualTo(2);
                assertThat(publisher.pass()).as("a pass that cannot reach Kafka publishes nothing").isZero();
                assertThat(publisher.pending()).isEqualTo(2);
            }
            probe.assertNothingPublished(Duration.ofSeconds(1));

            try (TestVault online = TestVault.start(database, Map.of())) {
                OutboxPublisher publisher = online.bean(OutboxPublisher.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> publisher.pending() == 0);
                List<ConsumerRecord<String, String>> records = probe.collectFor(Duration.ofSeconds(2));
                assertThat(records.stream().filter(r -> r.topic().equals(Topics.AUTH)))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.key()).isEqualTo(user);
                            assertThat(EventRecords.header(r.headers(), EventHeaders.CE_TYPE))
                                    .isEqualTo(EventType.CREDENTIAL_REVOKED.ceType());
                            assertThat(EventRecords.header(r.headers(), EventHeaders.CE_SOURCE))
                                    .isEqualTo("token-vault");
                        });
                assertThat(records.stream().filter(r -> r.topic().equals(Topics.AUDIT))).hasSize(1);
            }
        }
    }

    @Test
    void twoInstancesOnOneOutboxSendEveryEventOnce() {
        String database = SharedPostgres.get().createDatabase();
        try (KafkaProbe probe = KafkaProbe.listen(SharedKafka.get(), Topics.AUTH);
                TestVault first = TestVault.start(database, Map.of());
                TestVault second = TestVault.start(database, Map.of())) {
            String prefix = "mcp:twice-" + UUID.randomUUID().toString().substring(0, 8) + "-";
            for (int i = 0; i < 20; i++) {
                String user = prefix + i;
                TestVault vault = i % 2 == 0 ? first : second;
                vault.bean(CredentialStore.class).saveHexApi(user, new HexApiCredential("hxtp_" + i, null, null));
                assertThat(vault.delete("/internal/credentials/" + user + "/hex-api", TestVault.SERVICE_TOKEN)
                        .statusCode()).isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> first.bean(OutboxPublisher.class).pending() == 0);
            List<String> keys = probe.collectFor(Duration.ofSeconds(2)).stream().map(ConsumerRecord::key)
                    .filter(k -> k.startsWith(prefix)).toList();
            assertThat(keys).hasSize(20).doesNotHaveDuplicates();
        }
    }
}
