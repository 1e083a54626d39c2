package dev.hexgate.hexapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.testkit.emulator.RequestOverlap;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands of one user share a partition (they are keyed by user), so they reach one consumer thread. That thread
 * must not wait for Hex: with Hex slowed down, many commands of one user still run at the same time, and an
 * unreadable record in that partition does not stall the ones behind it.
 */
class ConcurrentCommandsTest {

    private static final Duration HEX_DELAY = Duration.ofMillis(400);
    private static final int MAX_IN_FLIGHT = 8;
    private static final String TOKEN_USER = "kenji.watanabe@fernbrook.example";
    private static final String USER = "mcp:concurrency-" + UUID.randomUUID();

    private static ConfigurableApplicationContext service;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;
    private static String faultId;
    private static String token;
    private static String database;

    @BeforeAll
    static void start() throws Exception {
        String kafka = SharedKafka.get().bootstrapServers();
        // A token of its own, so the slow-Hex fault below touches no other test's calls.
        token = SharedEmulator.get().workspace().personalToken(TOKEN_USER)
                .orElseThrow().token();
        faultId = JsonMapper.shared().readTree(EmulatorHttp.shared().control("POST", "/_emulator/faults",
                "{\"operationId\":\"GetProject\",\"token\":\"" + token + "\",\"delay\":\"" + HEX_DELAY.toMillis()
                        + "ms\"}")).path("id").asString();
        database = SharedPostgres.get().createDatabase();
        service = startInstance();
        producer = BlackBox.producer();
        probe = KafkaProbe.listen(kafka, Topics.COMMAND_RESULTS, Topics.deadLetter(Topics.COMMANDS));
        // Settle before measuring: the group has its partitions, and what earlier tests left on the topic (this
        // group reads from the beginning) is behind us once a command of this user has been answered.
        ContainerTestUtils.waitForAssignment(service.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("hex-api-commands"), producer.partitionsFor(Topics.COMMANDS).size());
        CommandRequested warmUp = getProject(SharedEmulator.get().workspace().projects().get(0).id().toString());
        BlackBox.send(producer, warmUp);
        probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS) && warmUp.commandId().equals(r.key()),
                Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (faultId != null) {
            EmulatorHttp.shared().control("DELETE", "/_emulator/faults/" + faultId, null);
        }
        probe.close();
        producer.close();
        // Closed now, while Kafka is up (the service runs on Netty resources of its own, see OwnNettyResources): left
        // to a shutdown hook it would race the broker's shutdown and hold the JVM's exit for its clients' timeouts.
        service.close();
    }

    @Test
    void runsManyCommandsOfOneUserAtOnceWhileHexIsSlow() {
        List<Project> projects = SharedEmulator.get().workspace().projects();
        int count = Math.min(20, projects.size());
        List<CommandRequested> commands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            commands.add(getProject(projects.get(i).id().toString()));
        }
        Instant since = Instant.now();
        commands.forEach(c -> producer.send(EventRecords.toRecord(c, "test")));
        producer.flush();

        Set<String> ids = commands.stream().map(CommandRequested::commandId).collect(Collectors.toSet());
        for (CommandRequested command : commands) {
            ConsumerRecord<String, String> result = probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS)
                    && command.commandId().equals(r.key()), Duration.ofSeconds(60));
            assertThat(EventRecords.header(result.headers(), EventHeaders.CE_TYPE))
                    .isEqualTo(EventType.COMMAND_COMPLETED.ceType());
            assertThat(result.value()).contains(command.arguments().get("project_id").asString());
        }

        // A listener that waited for Hex would have one GetProject at Hex at a time; this one has many.
        assertThat(mostAtHexAtOnce(since)).isGreaterThanOrEqualTo(MAX_IN_FLIGHT / 2);
        assertThat(ids).hasSize(count);
    }

    @Test
    void anUnreadableRecordDoesNotStallTheCommandsBehindIt() {
        String marker = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.COMMANDS, USER, marker.getBytes(StandardCharsets.UTF_8)));
        CommandRequested after = getProject(SharedEmulator.get().workspace().projects().get(0).id().toString());
        producer.send(EventRecords.toRecord(after, "test"));
        producer.flush();

        probe.awaitRecord(r -> r.topic().equals(Topics.deadLetter(Topics.COMMANDS)) && r.value().equals(marker),
                Duration.ofSeconds(60));
        probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS) && after.commandId().equals(r.key()),
                Duration.ofSeconds(60));
    }

    /**
     * A second instance joins the group while commands run: partitions move, and the commands that were running
     * on a moved partition run again on its new owner. None is lost (at least once).
     */
    @Test
    void noCommandIsLostWhenPartitionsMoveWhileCommandsRun() {
        List<Project> projects = SharedEmulator.get().workspace().projects();
        List<CommandRequested> commands = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            commands.add(getProject(projects.get(i % projects.size()).id().toString()));
        }
        commands.forEach(c -> producer.send(EventRecords.toRecord(c, "test")));
        producer.flush();

        ConfigurableApplicationContext joining = startInstance();
        try {
            for (CommandRequested command : commands) {
                probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS)
                        && command.commandId().equals(r.key()), Duration.ofSeconds(90));
            }
        } finally {
            joining.close();
        }
    }

    /**
     * The most GetProject calls of this test's token that Hex was working on at the same moment, from the
     * emulator's request log (arrival and duration of each).
     */
    private static int mostAtHexAtOnce(Instant since) {
        JsonNode log = JsonMapper.shared().readTree(EmulatorHttp.shared().control("GET",
                "/_emulator/requests?operationId=GetProject&limit=1000&since=" + since, null));
        return RequestOverlap.most(log, request -> TOKEN_USER.equals(request.path("user").asString()));
    }

    /** An instance of the group under test; instances share one ledger database, as they would in production. */
    private static ConfigurableApplicationContext startInstance() {
        return HexApiServiceApplication.application().run(BlackBox.serviceArgumentArray(database,
                "--hexgate.hex-api.url=" + SharedEmulator.get().baseUrl(),
                "--hexgate.hex-api.workspace-token=" + token,
                "--hexgate.hex-api.allow-workspace-token=true",
                // One consumer thread for every partition: the worst case for a listener that blocks.
                "--hexgate.hex-api.consumer-concurrency=1",
                // Below the 20 commands sent at once, so that the consumer pauses and resumes on the way.
                "--hexgate.hex-api.max-in-flight=" + MAX_IN_FLIGHT,
                // this group reads every command other classes left on the topic; the limiter has its own tests
                "--hexgate.hex-api.rate-limit.enabled=false",
                "--hexgate.hex-api.consumer-group=hex-api-test-concurrent"));
    }

    private static CommandRequested getProject(String projectId) {
        String commandId = UUID.randomUUID().toString();
        return new CommandRequested(UUID.randomUUID().toString(), commandId, USER, Origin.mcp("gw-test", commandId),
                "get_hex_project", EventCodec.toTree(Map.of("project_id", projectId)), Instant.now(),
                Instant.now().plusSeconds(120));
    }
}
