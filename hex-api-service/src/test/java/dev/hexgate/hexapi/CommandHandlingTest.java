package dev.hexgate.hexapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * hex-api-service as a black box on real Kafka and the Hex emulator: a command in, a result out. Two instances
 * run side by side, one pointed at an address where nothing listens, each in its own consumer group.
 */
class CommandHandlingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String UNKNOWN_PROJECT = "00000000-0000-4000-8000-000000000000";

    private static ConfigurableApplicationContext service;
    private static ConfigurableApplicationContext serviceWithHexDown;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;

    @BeforeAll
    static void start() {
        String kafka = SharedKafka.get().bootstrapServers();
        Postgres postgres = SharedPostgres.get();
        service = HexApiServiceApplication.application().run(BlackBox.serviceArgumentArray(
                postgres.createDatabase(),
                "--hexgate.hex-api.url=" + SharedEmulator.get().baseUrl(),
                "--hexgate.hex-api.workspace-token=" + SharedEmulator.get().workspaceToken(),
                "--hexgate.hex-api.allow-workspace-token=true",
                "--hexgate.hex-api.consumer-group=hex-api-test-up",
                // this group reads every command other classes left on the topic; the limiter has its own tests
                "--hexgate.hex-api.rate-limit.enabled=false"));
        serviceWithHexDown = HexApiServiceApplication.application().run(BlackBox.serviceArgumentArray(
                postgres.createDatabase(),
                "--hexgate.hex-api.url=http://localhost:1",
                "--hexgate.hex-api.connect-timeout=1s",
                "--hexgate.hex-api.workspace-token=hxtw_irrelevant",
                "--hexgate.hex-api.allow-workspace-token=true",
                "--hexgate.hex-api.consumer-group=hex-api-test-down",
                // this group reads every command other classes left on the topic; the limiter has its own tests
                "--hexgate.hex-api.rate-limit.enabled=false"));
        producer = BlackBox.producer();
        probe = KafkaProbe.listen(kafka, Topics.COMMAND_RESULTS, Topics.deadLetter(Topics.COMMANDS));
    }

    @AfterAll
    static void stop() {
        probe.close();
        producer.close();
        serviceWithHexDown.close();
        service.close();
    }

    @Test
    void completesAListCommandWithHexsPageUnderTheSameCommandIdAndOrigin() {
        CommandRequested command = command("list_hex_projects", Map.of("limit", 3), Instant.now().plusSeconds(60));
        send(command);

        CommandCompleted completed = resultFor(command, CommandCompleted.class, "hex-api-test-up");
        assertThat(completed.origin()).isEqualTo(command.origin());
        assertThat(completed.userKey()).isEqualTo(command.userKey());
        assertThat(completed.hexStatus()).isEqualTo(200);
        assertThat(completed.result().get("values").size()).isEqualTo(3);
        assertThat(completed.result().get("pagination").has("after")).isTrue();
    }

    @Test
    void reportsAnUnknownProjectAsNotFoundInWordsAPersonCanActOn() {
        CommandRequested command = command("get_hex_project", Map.of("project_id", UNKNOWN_PROJECT),
                Instant.now().plusSeconds(60));
        send(command);

        CommandFailed failed = resultFor(command, CommandFailed.class, "hex-api-test-up");
        assertThat(failed.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(failed.hexStatus()).isEqualTo(404);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.message()).isEqualTo(
                "Hex has no project " + UNKNOWN_PROJECT + ", or the Hex credential in use cannot see it.");
    }

    @Test
    void doesNotRunACommandWhoseCallerStoppedWaiting() {
        CommandRequested command = command("list_hex_projects", Map.of(), Instant.now().minusSeconds(1));
        send(command);

        CommandFailed failed = resultFor(command, CommandFailed.class, "hex-api-test-up");
        assertThat(failed.code()).isEqualTo(FailureCode.DEADLINE_EXCEEDED);
        assertThat(failed.hexStatus()).isNull();
    }

    @Test
    void refusesAnOperationItDoesNotKnow() {
        CommandRequested command = command("drop_all_projects", Map.of(), Instant.now().plusSeconds(60));
        send(command);

        assertThat(resultFor(command, CommandFailed.class, "hex-api-test-up").code())
                .isEqualTo(FailureCode.UNSUPPORTED_OPERATION);
    }

    @Test
    void reportsHexUnreachableAsRetryable() {
        CommandRequested command = command("list_hex_projects", Map.of(), Instant.now().plusSeconds(60));
        send(command);

        CommandFailed failed = resultFor(command, CommandFailed.class, "hex-api-test-down");
        assertThat(failed.code()).isEqualTo(FailureCode.HEX_UNAVAILABLE);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.message()).contains("could not be reached").doesNotContain("hxtw_irrelevant");
    }

    @Test
    void parksAnUnreadableRecordOnTheDeadLetterTopicAndKeepsGoing() {
        String marker = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.COMMANDS, "mcp:poison", marker.getBytes(StandardCharsets.UTF_8)));

        ConsumerRecord<String, String> parked = probe.awaitRecord(
                r -> r.topic().equals(Topics.deadLetter(Topics.COMMANDS)) && r.value().equals(marker), WAIT);
        assertThat(EventRecords.header(parked.headers(), "kafka_dlt-exception-message")).contains("ce_type");

        CommandRequested after = command("list_hex_projects", Map.of("limit", 1), Instant.now().plusSeconds(60));
        send(after);
        assertThat(resultFor(after, CommandCompleted.class, "hex-api-test-up").hexStatus()).isEqualTo(200);
    }

    private static CommandRequested command(String operation, Map<String, Object> arguments, Instant deadline) {
        String commandId = UUID.randomUUID().toString();
        return new CommandRequested(UUID.randomUUID().toString(), commandId, "mcp:tester",
                Origin.mcp("gw-test", commandId), operation, EventCodec.toTree(arguments), Instant.now(), deadline);
    }

    private static void send(CommandRequested command) {
        BlackBox.send(producer, command);
    }

    /** Both instances answer every command; {@code instance} picks whose answer (by its Hex reachability) counts. */
    private static <T extends HexgateEvent> T resultFor(CommandRequested command, Class<T> type, String instance) {
        boolean hexDown = instance.endsWith("down");
        ConsumerRecord<String, String> record = probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS)
                && command.commandId().equals(r.key()) && matchesInstance(r, hexDown), WAIT);
        HexgateEvent event = BlackBox.decode(record);
        assertThat(event).isInstanceOf(type);
        return type.cast(event);
    }

    private static boolean matchesInstance(ConsumerRecord<String, String> record, boolean hexDown) {
        boolean unreachable = record.value().contains("HEX_UNAVAILABLE");
        return hexDown == unreachable;
    }
}
