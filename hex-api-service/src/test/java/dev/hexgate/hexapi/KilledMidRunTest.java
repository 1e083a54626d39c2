package dev.hexgate.hexapi;

import static dev.hexgate.hexapi.BlackBox.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.testkit.process.JvmProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance case for starting runs: hex-api-service is killed ({@code SIGKILL}, its own JVM) after Hex has
 * started the run and before the service has recorded Hex's answer, then started again. The command comes back
 * (its offset was never committed), the ledger shows an attempt without an outcome, and the service finds the run
 * that attempt started instead of starting a second one. The emulator holds RunProject's answer
 * ({@code answerDelay}) to open that window; the run itself is created at once.
 */
class KilledMidRunTest {

    private static final String USER = "mcp:killed-mid-run";
    private static final String GROUP = "hex-api-test-killed-" + UUID.randomUUID();
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String token;
    private static String project;
    private static String database;
    private static JdbcClient db;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;
    private static String faultId;

    @BeforeAll
    static void start() throws Exception {
        String kafka = SharedKafka.get().bootstrapServers();
        // A token of its own, so that the held answer below touches no other test's calls.
        token = SharedEmulator.get().workspace().personalToken("daniel.reyes@fernbrook.example").orElseThrow()
                .token();
        project = SharedEmulator.get().workspace().projects().stream()
                .filter(p -> !p.isArchived() && !p.isTrashed() && !p.isComponent() && p.lastPublishedAt() != null)
                .reduce((first, second) -> second).orElseThrow().id().toString();
        Postgres postgres = SharedPostgres.get();
        database = postgres.createDatabase();
        db = JdbcClient.create(postgres.dataSource(database));
        startGroupAtTheEndOfTheCommands(kafka);
        producer = BlackBox.producer();
        probe = KafkaProbe.listen(kafka, Topics.COMMAND_RESULTS);
    }

    @AfterAll
    static void stop() {
        if (faultId != null) {
            EmulatorHttp.shared().control("DELETE", "/_emulator/faults/" + faultId, null);
        }
        probe.close();
        producer.close();
    }

    @Test
    void aServiceKilledAfterHexStartedTheRunFindsThatRunAfterItsRestartInsteadOfStartingAnother() {
        faultId = EventCodec.mapper().readTree(EmulatorHttp.shared().control("POST", "/_emulator/faults",
                "{\"operationId\":\"RunProject\",\"token\":\"" + token + "\",\"answerDelay\":\"60s\",\"times\":1}"))
                .get("id").asString();
        Set<String> runsBefore = apiRuns();
        String commandId = UUID.randomUUID().toString();
        CommandRequested command = new CommandRequested(UUID.randomUUID().toString(), commandId, USER,
                Origin.mcp("gw-test", commandId), "run_hex_project",
                EventCodec.toTree(Map.of("project_id", project)), Instant.now(), Instant.now().plusSeconds(300));

        String startedRun;
        try (JvmProcess first = JvmProcess.start("killed-mid-run-1", HexApiServiceApplication.class,
                serviceArguments(), Map.of())) {
            producer.send(EventRecords.toRecord(command, "test"));
            producer.flush();
            // Hex has started the run; the service has claimed the command and is waiting for Hex's answer.
            startedRun = await("the run started in Hex (log: " + first.log() + ")").atMost(WAIT)
                    .until(() -> newRun(runsBefore), Optional::isPresent).orElseThrow();
            assertThat(ledgerState(commandId)).contains("STARTED");
            first.kill();
        }
        assertThat(results(commandId)).as("nothing was published before the kill").isEmpty();

        try (JvmProcess restarted = JvmProcess.start("killed-mid-run-2", HexApiServiceApplication.class,
                serviceArguments(), Map.of())) {
            await("the command's result (log: " + restarted.log() + ")").atMost(WAIT)
                    .until(() -> !results(commandId).isEmpty());
            CommandCompleted completed = (CommandCompleted) decode(results(commandId).get(0));
            assertThat(completed.result().get("runId").asString()).isEqualTo(startedRun);
            assertThat(completed.result().get("projectId").asString()).isEqualTo(project);
            assertThat(completed.result().get("recovered").asBoolean()).isTrue();
            assertThat(ledgerState(commandId)).contains("COMPLETED");
        }
        Set<String> started = apiRuns();
        started.removeAll(runsBefore);
        assertThat(started).as("runs started in Hex for the one command").containsExactly(startedRun);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static List<String> serviceArguments() {
        return BlackBox.serviceArguments(database,
                "--hexgate.hex-api.url=" + SharedEmulator.get().baseUrl(),
                "--hexgate.hex-api.workspace-token=" + token,
                "--hexgate.hex-api.allow-workspace-token=true",
                "--hexgate.hex-api.consumer-group=" + GROUP,
                "--hexgate.hex-api.response-timeout=120s",
                // A killed member holds its partitions until the broker gives up on it: the broker's minimum here.
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000");
    }

    /**
     * Commits the group's offsets at the current end of {@code hexgate.commands}, so the service runs only what
     * this test sends, not what other test classes left on the topic (it would run those with this test's token).
     */
    private static void startGroupAtTheEndOfTheCommands(String kafka) throws ExecutionException,
            InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            try {
                admin.createTopics(List.of(new NewTopic(Topics.COMMANDS, 6, (short) 1))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.COMMANDS)).allTopicNames().get().get(Topics.COMMANDS).partitions()
                    .forEach(p -> latest.put(new TopicPartition(Topics.COMMANDS, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(latest).all().get()
                    .forEach((partition, info) -> ends.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(GROUP, ends).all().get();
        }
    }

    /** The project's API-triggered runs, as Hex lists them. */
    private static Set<String> apiRuns() {
        JsonNode page = EventCodec.mapper().readTree(EmulatorHttp.shared().hex(token, "GET",
                "/api/v1/projects/" + project + "/runs?runTriggerFilter=API&limit=100", null));
        Set<String> ids = new HashSet<>();
        page.get("runs").forEach(run -> ids.add(run.get("runId").asString()));
        return ids;
    }

    private static Optional<String> newRun(Set<String> before) {
        return apiRuns().stream().filter(id -> !before.contains(id)).findFirst();
    }

    private static Optional<String> ledgerState(String commandId) {
        return db.sql("SELECT state FROM hexapi.command_ledger WHERE command_id = ?").param(commandId)
                .query(String.class).optional();
    }

    private static List<ConsumerRecord<String, String>> results(String commandId) {
        return new ArrayList<>(probe.records().stream()
                .filter(r -> r.topic().equals(Topics.COMMAND_RESULTS) && commandId.equals(r.key())).toList());
    }
}
