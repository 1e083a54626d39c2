package dev.hexgate.hexapi;

import static dev.hexgate.hexapi.BlackBox.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.emulator.SharedEmulator.RunningEmulator;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The command ledger, retries, the per-token limiter and audit records, with hex-api-service as a black box on
 * real Kafka, PostgreSQL and the Hex emulator. What reached Hex is read from the emulator's request log; faults are
 * injected through its control plane. Mutations use a test-only operation ({@link TestOperations}) that creates a
 * group and can recover it by name.
 */
class MutationHandlingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String USER = "mcp:ledger-tester";
    private static final Set<String> TERMINAL = Set.of("COMPLETED", "ERRORED", "KILLED", "UNABLE_TO_ALLOCATE_KERNEL");

    private static RunningEmulator emulator;
    private static ConfigurableApplicationContext service;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;
    private static JdbcClient db;
    private static String publishedProject;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        String kafka = SharedKafka.get().bootstrapServers();
        Postgres postgres = SharedPostgres.get();
        String database = postgres.createDatabase();
        db = JdbcClient.create(postgres.dataSource(database));
        service = HexApiServiceApplication.application()
                .initializers(TestOperations.register())
                .run(BlackBox.serviceArgumentArray(database,
                        "--hexgate.hex-api.url=" + emulator.baseUrl(),
                        "--hexgate.hex-api.workspace-token=" + emulator.workspaceToken(),
                        "--hexgate.hex-api.allow-workspace-token=true",
                        "--hexgate.hex-api.consumer-group=hex-api-test-mutations",
                        "--hexgate.hex-api.retry.initial-backoff=100ms",
                        "--hexgate.hex-api.retry.max-backoff=500ms",
                        // only test_dry_run uses the RunProject group here: two a minute, no waiting
                        "--hexgate.hex-api.rate-limit.run-project-per-minute=2",
                        "--hexgate.hex-api.rate-limit.max-wait=0s"));
        producer = BlackBox.producer();
        probe = KafkaProbe.listen(kafka, Topics.COMMAND_RESULTS, Topics.AUDIT);
        publishedProject = emulator.workspace().projects().stream()
                .filter(p -> !p.isArchived() && !p.isTrashed() && !p.isComponent() && p.lastPublishedAt() != null)
                .findFirst().orElseThrow().id().toString();
    }

    @AfterAll
    static void stop() {
        probe.close();
        producer.close();
        service.close();
    }

    @AfterEach
    void clearFaults() {
        control("DELETE", "/_emulator/faults", null);
    }

    // ---- the ledger -------------------------------------------------------------------------------------------

    @Test
    void aDuplicatedCommandChangesHexOnceAndIsAnsweredTwiceWithTheSameResult() {
        Instant since = Instant.now();
        CommandRequested command = command("test_create_group", Map.of("name", "ledger-dup-" + UUID.randomUUID()));
        send(command);
        send(command);

        List<ConsumerRecord<String, String>> results = awaitResults(command, 2);
        assertThat(results.get(0).value()).isEqualTo(results.get(1).value());
        CommandCompleted completed = (CommandCompleted) decode(results.get(0));
        assertThat(completed.hexStatus()).isEqualTo(201);
        assertThat(requests("CreateGroup", null, since)).isEqualTo(1);
        assertThat(ledgerState(command)).isEqualTo("COMPLETED");
        probe.collectFor(Duration.ofSeconds(1));
        assertThat(auditsFor(command)).singleElement()
                .satisfies(audit -> assertThat(audit.outcome()).isEqualTo("succeeded"));
    }

    @Test
    void recoversWhatAnInterruptedAttemptDidInsteadOfChangingHexAgain() {
        String name = "ledger-recover-" + UUID.randomUUID();
        // the interrupted attempt: it reached Hex, then the service stopped before recording the answer
        JsonNode created = createGroupDirectly(name);
        CommandRequested command = command("test_create_group", Map.of("name", name));
        insertStartedRow(command, Instant.now().minusSeconds(5));

        Instant since = Instant.now();
        send(command);

        CommandCompleted completed = (CommandCompleted) decode(awaitResults(command, 1).get(0));
        assertThat(completed.result().get("id").asString()).isEqualTo(created.get("id").asString());
        assertThat(completed.result().get("name").asString()).isEqualTo(name);
        assertThat(requests("CreateGroup", null, since)).isZero();
        assertThat(ledgerState(command)).isEqualTo("COMPLETED");
    }

    @Test
    void reportsAnUnknownOutcomeWhenRecoveryFindsNothingAndNeverRepeatsTheChange() {
        CommandRequested command = command("test_create_group", Map.of("name", "ledger-lost-" + UUID.randomUUID()));
        insertStartedRow(command, Instant.now().minusSeconds(5));

        Instant since = Instant.now();
        send(command);
        ConsumerRecord<String, String> first = awaitResults(command, 1).get(0);
        CommandFailed failed = (CommandFailed) decode(first);
        assertThat(failed.code()).isEqualTo(FailureCode.OUTCOME_UNKNOWN);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.message()).contains("did not send it again").contains("Check group ledger-lost-");

        send(command);
        assertThat(awaitResults(command, 2).get(1).value()).isEqualTo(first.value());
        assertThat(requests("CreateGroup", null, since)).isZero();
        assertThat(ledgerState(command)).isEqualTo("FAILED");
    }

    @Test
    void aWriteWhoseAnswerIsLostIsNotSentAgain() {
        control("POST", "/_emulator/faults", "{\"operationId\":\"CreateGroup\",\"drop\":true,\"times\":1}");
        Instant since = Instant.now();
        CommandRequested command = command("test_create_group", Map.of("name", "ledger-drop-" + UUID.randomUUID()));
        send(command);

        CommandFailed failed = (CommandFailed) decode(awaitResults(command, 1).get(0));
        assertThat(failed.code()).isEqualTo(FailureCode.OUTCOME_UNKNOWN);
        assertThat(failed.message()).startsWith("The connection to Hex broke before Hex answered this request.")
                .contains("did not send it again");
        assertThat(requests("CreateGroup", null, since)).isEqualTo(1);
    }

    // ---- retries ----------------------------------------------------------------------------------------------

    @Test
    void aRateLimitedWriteIsSentOnceAndReportedWithHexsWait() {
        control("POST", "/_emulator/faults",
                "{\"operationId\":\"CreateGroup\",\"status\":429,\"retryAfter\":7,\"times\":1}");
        Instant since = Instant.now();
        CommandRequested command = command("test_create_group", Map.of("name", "ledger-429-" + UUID.randomUUID()));
        send(command);

        CommandFailed failed = (CommandFailed) decode(awaitResults(command, 1).get(0));
        assertThat(failed.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failed.hexStatus()).isEqualTo(429);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.message()).contains("Hex asks to wait 7 s").doesNotContain("tried");
        assertThat(requests("CreateGroup", null, since)).isEqualTo(1);
        assertThat(ledgerState(command)).isEqualTo("FAILED");
        probe.collectFor(Duration.ofMillis(500));
        assertThat(auditsFor(command)).singleElement()
                .satisfies(audit -> assertThat(audit.outcome()).isEqualTo("failed:RATE_LIMITED"));
    }

    @Test
    void aRateLimitedReadIsRetriedAfterRetryAfterAndSucceeds() {
        control("POST", "/_emulator/faults",
                "{\"operationId\":\"GetProject\",\"status\":429,\"retryAfter\":1,\"times\":1}");
        Instant since = Instant.now();
        CommandRequested command = command("test_get_project", Map.of("project_id", publishedProject));
        send(command);

        CommandCompleted completed = (CommandCompleted) decode(awaitResults(command, 1).get(0));
        assertThat(completed.result().get("id").asString()).isEqualTo(publishedProject);
        assertThat(requests("GetProject", "/api/v1/projects/" + publishedProject, since)).isEqualTo(2);
    }

    @Test
    void aReadStillRateLimitedAfterTheRetryBudgetIsReportedWithAttemptsAndWait() {
        control("POST", "/_emulator/faults",
                "{\"operationId\":\"GetProject\",\"status\":429,\"retryAfter\":1,\"times\":10}");
        Instant since = Instant.now();
        CommandRequested command = command("test_get_project", Map.of("project_id", publishedProject));
        send(command);

        CommandFailed failed = (CommandFailed) decode(awaitResults(command, 1).get(0));
        assertThat(failed.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failed.message()).contains("tried 3 times").contains("Hex asks to wait 1 s");
        assertThat(requests("GetProject", "/api/v1/projects/" + publishedProject, since)).isEqualTo(3);
    }

    // ---- the limiter ------------------------------------------------------------------------------------------

    @Test
    void holdsBackRunsBeyondTheTokensLimitWithoutCallingHex() {
        Instant since = Instant.now();
        List<CommandRequested> commands = List.of(command("test_dry_run", Map.of("project_id", publishedProject)),
                command("test_dry_run", Map.of("project_id", publishedProject)),
                command("test_dry_run", Map.of("project_id", publishedProject)));
        commands.forEach(MutationHandlingTest::send); // one user: one partition, handled in this order

        assertThat(decode(awaitResults(commands.get(0), 1).get(0))).isInstanceOf(CommandCompleted.class);
        assertThat(decode(awaitResults(commands.get(1), 1).get(0))).isInstanceOf(CommandCompleted.class);
        CommandFailed third = (CommandFailed) decode(awaitResults(commands.get(2), 1).get(0));
        assertThat(third.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(third.hexStatus()).isNull();
        assertThat(third.message()).contains("held back").contains("nothing was sent to Hex")
                .doesNotContain(emulator.workspaceToken());
        assertThat(requests("RunProject", "/api/v1/projects/" + publishedProject, since)).isEqualTo(2);
    }

    // ---- audit ------------------------------------------------------------------------------------------------

    @Test
    void auditsAMutationWithItsSecretsRedacted() {
        String name = "audit-" + UUID.randomUUID();
        CommandRequested command = command("test_create_group", Map.of(
                "name", name,
                "password", "hunter2-secret",
                "connection", Map.of("privateKey", "-----BEGIN PRIVATE KEY-----MIIEvQ", "port", 5432,
                        "serviceAccountJsonConfig", Map.of("type", "service_account")),
                "note", emulator.workspaceToken(),
                "description", "quarterly numbers for the board",
                "leak_token", true));
        send(command);

        ConsumerRecord<String, String> resultRecord = awaitResults(command, 1).get(0);
        CommandCompleted completed = (CommandCompleted) decode(resultRecord);
        assertThat(completed.result().get("accessToken").asString()).isEqualTo("[redacted]");
        assertThat(resultRecord.value()).doesNotContain("hxtp_");

        ConsumerRecord<String, String> auditRecord = probe.awaitRecord(r -> r.topic().equals(Topics.AUDIT)
                && command.commandId().equals(EventRecords.header(r.headers(), EventHeaders.COMMAND_ID)), WAIT);
        AuditRecorded audit = (AuditRecorded) decode(auditRecord);
        assertThat(audit.actor()).isEqualTo(USER);
        assertThat(audit.action()).isEqualTo("test_create_group");
        assertThat(audit.targetType()).isEqualTo("group");
        assertThat(audit.targetId()).isEqualTo(name);
        assertThat(auditRecord.key()).isEqualTo(name);
        assertThat(audit.outcome()).isEqualTo("succeeded");
        assertThat(audit.commandId()).isEqualTo(command.commandId());
        assertThat(audit.hexRunId()).isNull();
        assertThat(audit.source()).isEqualTo("hex-api-service");
        JsonNode arguments = audit.arguments();
        assertThat(arguments.get("name").asString()).isEqualTo(name);
        assertThat(arguments.get("password").asString()).isEqualTo("[redacted]");
        assertThat(arguments.at("/connection/privateKey").asString()).isEqualTo("[redacted]");
        assertThat(arguments.at("/connection/serviceAccountJsonConfig").asString()).isEqualTo("[redacted]");
        assertThat(arguments.at("/connection/port").asInt()).isEqualTo(5432);
        assertThat(arguments.get("note").asString()).isEqualTo("[redacted]");
        assertThat(arguments.get("description").asString()).startsWith("sha256:");
        assertThat(auditRecord.value()).doesNotContain("hunter2", "BEGIN PRIVATE", emulator.workspaceToken(),
                "quarterly");

        String stored = db.sql("SELECT result::text || audit::text FROM hexapi.command_ledger WHERE command_id = ?")
                .param(command.commandId()).query(String.class).single();
        assertThat(stored).contains(name).doesNotContain("hunter2", "BEGIN PRIVATE", "hxtp_", "hxtw_", "quarterly");
    }

    // ---- parked commands ---------------------------------------------------------------------------------------

    @Test
    void aParkedCommandRunsOnceWhenItsUserConnectsEvenIfTheGrantArrivesTwice() {
        String name = "ledger-parked-" + UUID.randomUUID();
        // parked long ago: its own deadline has passed, the resumed command gets a fresh one
        String commandId = UUID.randomUUID().toString();
        CommandRequested parked = new CommandRequested(UUID.randomUUID().toString(), commandId, USER,
                Origin.mcp("gw-test", commandId), "test_create_group", EventCodec.toTree(Map.of("name", name)),
                Instant.now().minusSeconds(600), Instant.now().minusSeconds(540));
        AuthorizationGranted granted = new AuthorizationGranted(UUID.randomUUID().toString(), USER, "hex-api", parked,
                Instant.now());
        Instant since = Instant.now();

        producer.send(EventRecords.toRecord(granted, "test"));
        producer.send(EventRecords.toRecord(granted, "test"));
        producer.flush();

        CommandCompleted completed = (CommandCompleted) decode(awaitResults(parked, 1).get(0));
        assertThat(completed.result().get("name").asString()).isEqualTo(name);
        assertThat(completed.origin()).isEqualTo(parked.origin());
        probe.collectFor(Duration.ofSeconds(2));
        assertThat(results(parked)).hasSize(1);
        assertThat(requests("CreateGroup", null, since)).isEqualTo(1);
    }

    @Test
    void auditsEachRunStatusChangeItSeesOnce() {
        String runId = startRunDirectly(publishedProject);
        List<String> seen = new ArrayList<>();
        List<CommandRequested> commands = new ArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            CommandRequested command = command("test_get_run_status",
                    Map.of("project_id", publishedProject, "run_id", runId));
            commands.add(command);
            send(command);
            CommandCompleted status = (CommandCompleted) decode(awaitResults(command, 1).get(0));
            seen.add(status.result().get("status").asString());
            return TERMINAL.contains(seen.get(seen.size() - 1));
        });
        // once more at the end state: no change, no record
        CommandRequested last = command("test_get_run_status", Map.of("project_id", publishedProject, "run_id", runId));
        send(last);
        awaitResults(last, 1);
        probe.collectFor(Duration.ofSeconds(1));

        List<String> changes = new ArrayList<>();
        for (String status : seen) {
            if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(status)) {
                changes.add(status);
            }
        }
        List<AuditRecorded> audits = probe.records().stream().filter(r -> r.topic().equals(Topics.AUDIT))
                .map(BlackBox::decode).map(AuditRecorded.class::cast)
                .filter(a -> runId.equals(a.targetId())).toList();
        assertThat(audits).extracting(AuditRecorded::outcome).containsExactlyElementsOf(changes);
        for (int i = 0; i < audits.size(); i++) {
            AuditRecorded audit = audits.get(i);
            assertThat(audit.action()).isEqualTo("run.status_changed");
            assertThat(audit.targetType()).isEqualTo("run");
            assertThat(audit.hexRunId()).isEqualTo(runId);
            assertThat(audit.actor()).isEqualTo(USER);
            assertThat(audit.arguments().get("projectId").asString()).isEqualTo(publishedProject);
            JsonNode previous = audit.arguments().get("previousStatus");
            if (i == 0) {
                assertThat(previous.isNull()).isTrue();
            } else {
                assertThat(previous.asString()).isEqualTo(changes.get(i - 1));
            }
        }
        assertThat(db.sql("SELECT status FROM hexapi.run_status WHERE run_id = ?").param(runId)
                .query(String.class).single()).isEqualTo(changes.get(changes.size() - 1));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static CommandRequested command(String operation, Map<String, Object> arguments) {
        String commandId = UUID.randomUUID().toString();
        return new CommandRequested(UUID.randomUUID().toString(), commandId, USER, Origin.mcp("gw-test", commandId),
                operation, EventCodec.toTree(arguments), Instant.now(), Instant.now().plusSeconds(60));
    }

    private static void send(CommandRequested command) {
        BlackBox.send(producer, command);
    }

    private static List<ConsumerRecord<String, String>> awaitResults(CommandRequested command, int count) {
        await().atMost(WAIT).until(() -> results(command).size() >= count);
        return results(command);
    }

    private static List<ConsumerRecord<String, String>> results(CommandRequested command) {
        return probe.records().stream()
                .filter(r -> r.topic().equals(Topics.COMMAND_RESULTS) && command.commandId().equals(r.key()))
                .toList();
    }

    private static List<AuditRecorded> auditsFor(CommandRequested command) {
        return probe.records().stream()
                .filter(r -> r.topic().equals(Topics.AUDIT)
                        && command.commandId().equals(EventRecords.header(r.headers(), EventHeaders.COMMAND_ID)))
                .map(BlackBox::decode).map(AuditRecorded.class::cast).toList();
    }

    private static void insertStartedRow(CommandRequested command, Instant startedAt) {
        db.sql("""
                        INSERT INTO hexapi.command_ledger (command_id, operation, user_key, state, attempt_started_at)
                        VALUES (?, ?, ?, 'STARTED', ?)""")
                .params(command.commandId(), command.operation(), command.userKey(),
                        OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC))
                .update();
    }

    private static String ledgerState(CommandRequested command) {
        return db.sql("SELECT state FROM hexapi.command_ledger WHERE command_id = ?").param(command.commandId())
                .query(String.class).single();
    }

    /** Requests for {@code operationId} (and a path prefix, if given) that reached the emulator since then. */
    private static int requests(String operationId, String pathPrefix, Instant since) {
        String query = "?operationId=" + operationId + "&since=" + since + "&limit=1000"
                + (pathPrefix == null ? "" : "&path=" + URLEncoder.encode(pathPrefix, StandardCharsets.UTF_8));
        return EventCodec.mapper().readTree(control("GET", "/_emulator/requests" + query, null))
                .path("requests").size();
    }

    private static JsonNode createGroupDirectly(String name) {
        return EventCodec.mapper().readTree(hex("POST", "/api/v1/groups", "{\"name\":\"" + name + "\"}"));
    }

    private static String startRunDirectly(String projectId) {
        return EventCodec.mapper().readTree(hex("POST", "/api/v1/projects/" + projectId + "/runs", "{}"))
                .get("runId").asString();
    }

    private static String hex(String method, String path, String json) {
        return EmulatorHttp.shared().hex(emulator.workspaceToken(), method, path, json);
    }

    private static String control(String method, String path, String json) {
        return EmulatorHttp.shared().control(method, path, json);
    }
}
