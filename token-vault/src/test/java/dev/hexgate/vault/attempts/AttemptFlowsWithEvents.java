package dev.hexgate.vault.attempts;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.vault.TestVault;
import dev.hexgate.vault.credentials.CredentialStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up of tests that walk users through {@link AttemptFlows} and watch what the vault publishes: one vault
 * per test class (its OAuth redirect URI its own callback), its credential store, and a probe on
 * {@code hexgate.auth} and the audit trail that forgets earlier tests' events before each test.
 */
public abstract class AttemptFlowsWithEvents {

    protected static final Duration EVENT_WAIT = Duration.ofSeconds(20);

    protected static AttemptFlows flows;
    protected static TestVault vault;
    protected static CredentialStore store;
    protected static KafkaProbe probe;

    @BeforeAll
    static void startVaultAndProbe() {
        flows = AttemptFlows.start(Map.of());
        vault = flows.vault;
        store = vault.bean(CredentialStore.class);
        probe = KafkaProbe.listen(SharedKafka.get(), Topics.AUTH, Topics.AUDIT);
    }

    @AfterAll
    static void stopVaultAndProbe() {
        probe.close();
        vault.close();
    }

    @BeforeEach
    void forgetEarlierEvents() {
        probe.clear();
    }

    /** The next event of this CloudEvents type about {@code userKey}, decoded. */
    protected static <T extends HexgateEvent> T awaitEvent(String ceType, String userKey, Class<T> type) {
        return decode(probe.awaitRecord(r -> AttemptFlows.isEvent(r, ceType, userKey), EVENT_WAIT), type);
    }

    /** The next audit record with {@code action} about {@code userKey}, decoded. */
    protected static <T extends HexgateEvent> T awaitAudit(String action, String userKey, Class<T> type) {
        return decode(probe.awaitRecord(r -> r.topic().equals(Topics.AUDIT) && r.value().contains(action)
                && r.value().contains(userKey), EVENT_WAIT), type);
    }

    protected static <T extends HexgateEvent> T decode(ConsumerRecord<String, String> record, Class<T> type) {
        return EventCodec.decode(record.value().getBytes(StandardCharsets.UTF_8), type);
    }
}
