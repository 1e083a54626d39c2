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
import dev.hexgate.contracts.events.ThreadStarted;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The thread operations ({@code create_thread}, {@code get_thread}, {@code continue_thread}) with hex-api-service as
 * a black box on real Kafka, PostgreSQL, the Hex emulator's MCP server and a real token-vault that holds the user's
 * Hex MCP sign-in (obtained through the consent page). The service also has a workspace token it may use for REST,
 * to show that threads never use it.
 */
class ThreadOperationsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MAYA = "maya.okafor@fernbrook.example";
    private static final String SQL = "Run this SQL: SELECT name, region FROM customers ORDER BY customer_id LIMIT 2";

    private static RunningEmulator emulator;
    private static VaultForTests vault;
    private static ConfigurableApplicationContext service;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;
    private static JdbcClient db;
    private static String connectedUser;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        String kafka = SharedKafka.get().bootstrapServers();
        vault = VaultForTests.start(kafka);
        Postgres postgres = SharedPostgres.get();
        String database = postgres.createDatabase();
        db = JdbcClient.create(postgres.dataSource(database));
        service = HexApiServiceApplication.application()
                .run(BlackBox.serviceArgumentArray(database,
                        "--hexgate.hex-api.url=" + emulator.baseUrl(),
                        "--hexgate.hex-api.workspace-token=" + emulator.workspaceToken(),
                        "--hexgate.hex-api.allow-workspace-token=true",
                        "--hexgate.hex-api.mcp.url=" + emulator.baseUrl() + "/mcp",
                        "--hexgate.hex-api.mcp.thread-wait-budget=7m",
                        "--hexgate.hex-api.token-vault.url=" + vault.baseUrl(),
                        "--hexgate.hex-api.token-vault.service-token=" + VaultForTests.SERVICE_TOKEN,
                        "--hexgate.hex-api.consumer-group=hex-api-test-threads"));
        producer = BlackBox.producer();
        probe = KafkaProbe.listen(kafka, Topics.COMMAND_RESULTS, Topics.AUDIT, Topics.THREADS, Topics.AUTH);
        connectedUser = newUser();
        vault.connectHexMcp(connectedUser, MAYA);
    }

    @AfterAll
    static void stop() {
        probe.close();
        producer.close();
        service.close();
        vault.close();
    }

    @Test
    void createThreadStartsAThreadWithTheUsersOwnSignInAndAuditsOnlyThePromptsDigest() {
        Instant since = Instant.now();
        CommandRequested command = command(connectedUser, "create_thread", Map.of("prompt", SQL));
        send(command);

        CommandCompleted completed = (CommandCompleted) decode(awaitResult(command));
        JsonNode thread = completed.result();
        String threadId = thread.get("threadId").asString();
        assertThat(thread.get("status").asString()).isEqualTo("RUNNING");
        assertThat(thread.get("url").asString()).contains(threadId);
        assertThat(thread.get("waitTime").asInt()).isPositive();
        assertThat(ledgerState(command)).isEqualTo("COMPLETED");

        ConsumerRecord<String, String> startedRecord = awaitOn(Topics.THREADS, command);
        assertThat(startedRecord.key()).isEqualTo(threadId);
        ThreadStarted started = (ThreadStarted) decode(startedRecord);
        assertThat(started.threadId()).isEqualTo(threadId);
        assertThat(started.commandId()).isEqualTo(command.commandId());
        assertThat(started.userKey()).isEqualTo(connectedUser);
        assertThat(started.origin()).isEqualTo(command.origin());
        assertThat(started.url()).isEqualTo(thread.get("url").asString());
        assertThat(Duration.between(started.startedAt(), started.deadline())).isEqualTo(Duration.ofMinutes(7));

        ConsumerRecord<String, String> auditRecord = awaitOn(Topics.AUDIT, command);
        AuditRecorded audit = (AuditRecorded) decode(auditRecord);
        assertThat(audit.action()).isEqualTo("create_thread");
        assertThat(audit.actor()).isEqualTo(connectedUser);
        assertThat(audit.targetType()).isEqualTo("thread");
        assertThat(audit.targetId()).isEqualTo(threadId);
        assertThat(auditRecord.key()).isEqualTo(threadId);
        assertThat(audit.outcome()).isEqualTo("succeeded");
        assertThat(audit.arguments().propertyNames()).containsExactlyInAnyOrder("promptSha256", "promptLength");
        assertThat(audit.arguments().get("promptSha256").asString()).isEqualTo(sha256(SQL));
        assertThat(audit.arguments().get("promptLength").asInt()).isEqualTo(SQL.length());
        assertThat(auditRecord.value()).doesNotContain("SELECT", "customers");
        assertThat(db.sql("SELECT audit::text FROM hexapi.command_ledger WHERE command_id = ?")
                .param(command.commandId()).query(String.class).single()).doesNotContain("SELECT", "customers");

        // at Hex: the MCP calls came with the user's OAuth token, never the workspace token
        JsonNode requests = EventCodec.mapper().readTree(EmulatorHttp.shared().control("GET",
                "/_emulator/requests?path=/mcp&since=" + since + "&limit=1000", null)).path("requests");
        assertThat(requests.size()).isPositive();
        for (JsonNode request : requests) {
            assertThat(request.path("tokenKind").asString()).isEqualTo("oauth");
            assertThat(request.path("user").asString()).isEqualTo(MAYA);
        }
    }

    @Test
    void anAskCarriesWhatToExtractAndEndsTheWaitWhenTheCallerStopsListening() {
        CommandRequested ask = command(connectedUser, "create_thread",
                Map.of("prompt", SQL, "expect", "name, region", "timeout_seconds", 45));
        send(ask);
        ThreadStarted started = (ThreadStarted) decode(awaitOn(Topics.THREADS, ask));
        assertThat(started.expect()).isEqualTo("name, region");
        assertThat(Duration.between(started.startedAt(), started.deadline())).isEqualTo(Duration.ofSeconds(45));

        // a caller willing to wait longer than the configured budget still gets only the budget
        CommandRequested patient = command(connectedUser, "create_thread",
                Map.of("prompt", SQL, "timeout_seconds", 3600));
        send(patient);
        ThreadStarted capped = (ThreadStarted) decode(awaitOn(Topics.THREADS, patient));
        assertThat(capped.expect()).isNull();
        assertThat(Duration.between(capped.startedAt(), capped.deadline())).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void getThreadReadsTheAnswerOnceIdleAndIsNotAudited() {
        String threadId = createThread(SQL);

        AtomicReference<JsonNode> latest = new AtomicReference<>();
        List<CommandRequested> reads = new java.util.ArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            CommandRequested read = command(connectedUser, "get_thread", Map.of("thread_id", threadId));
            reads.add(read);
            send(read);
            latest.set(((CommandCompleted) decode(awaitResult(read))).result());
            return "IDLE".equals(latest.get().get("status").asString());
        });
        JsonNode idle = latest.get();
        assertThat(idle.get("threadId").asString()).isEqualTo(threadId);
        assertThat(idle.get("messages").size()).isPositive();
        assertThat(idle.at("/tables/0/rows").size()).isEqualTo(2);
        probe.collectFor(Duration.ofMillis(500));
        for (CommandRequested read : reads) {
            assertThat(on(Topics.AUDIT, read)).isEmpty();
            assertThat(on(Topics.THREADS, read)).isEmpty();
        }
    }

    @Test
    void continueThreadStartsTheThreadsNextTurnAndIsAuditedAgainstTheThread() {
        String threadId = createThread(SQL);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            CommandRequested read = command(connectedUser, "get_thread", Map.of("thread_id", threadId));
            send(read);
            return "IDLE".equals(((CommandCompleted) decode(awaitResult(read))).result().get("status").asString());
        });

        String followUp = "Run this SQL: SELECT COUNT(*) AS n FROM invoices";
        CommandRequested command = command(connectedUser, "continue_thread",
                Map.of("thread_id", threadId, "prompt", followUp));
        send(command);

        CommandCompleted completed = (CommandCompleted) decode(awaitResult(command));
        assertThat(completed.result().get("threadId").asString()).isEqualTo(threadId);
        assertThat(completed.result().get("status").asString()).isEqualTo("RUNNING");
        ThreadStarted started = (ThreadStarted) decode(awaitOn(Topics.THREADS, command));
        assertThat(started.threadId()).isEqualTo(threadId);
        assertThat(started.commandId()).isEqualTo(command.commandId());
        AuditRecorded audit = (AuditRecorded) decode(awaitOn(Topics.AUDIT, command));
        assertThat(audit.action()).isEqualTo("continue_thread");
        assertThat(audit.targetId()).isEqualTo(threadId);
        assertThat(audit.arguments().propertyNames()).containsExactlyInAnyOrder("promptSha256", "promptLength");
        assertThat(audit.arguments().get("promptSha256").asString()).isEqualTo(sha256(followUp));

        // a second follow-up while the thread works: Hex refuses it, reported in words, audited as failed
        CommandRequested tooEarly = command(connectedUser, "continue_thread",
                Map.of("thread_id", threadId, "prompt", "and by region?"));
        send(tooEarly);
        CommandFailed refused = (CommandFailed) decode(awaitResult(tooEarly));
        assertThat(refused.code()).isEqualTo(FailureCode.INVALID_ARGUMENTS);
        assertThat(refused.message()).startsWith("Hex refused continue_thread.").containsIgnoringCase("idle");
        assertThat(((AuditRecorded) decode(awaitOn(Topics.AUDIT, tooEarly))).outcome())
                .isEqualTo("failed:INVALID_ARGUMENTS");
        probe.collectFor(Duration.ofMillis(500));
        assertThat(on(Topics.THREADS, tooEarly)).isEmpty();
    }

    @Test
    void anUnknownThreadIsNotFound() {
        CommandRequested command = command(connectedUser, "get_thread",
                Map.of("thread_id", UUID.randomUUID().toString()));
        send(command);
        CommandFailed failed = (CommandFailed) decode(awaitResult(command));
        assertThat(failed.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(failed.message()).contains("Hex has no thread " + command.arguments().get("thread_id").asString());
    }

    @Test
    void withoutASignInTheCommandIsParkedWithALinkAndRunsByItselfOnceTheUserConnects() {
        String user = newUser();
        CommandRequested command = command(user, "create_thread", Map.of("prompt", SQL));
        send(command);

        CommandFailed failed = (CommandFailed) decode(awaitResult(command));
        assertThat(failed.code()).isEqualTo(FailureCode.AUTHORIZATION_REQUIRED);
        assertThat(failed.authorizationUrl()).startsWith(vault.baseUrl() + "/connect/start?attempt=");
        assertThat(failed.message()).contains("sign in to Hex");
        assertThat(db.sql("SELECT count(*) FROM hexapi.command_ledger WHERE command_id = ?")
                .param(command.commandId()).query(Integer.class).single()).isZero();
        probe.collectFor(Duration.ofMillis(500));
        assertThat(on(Topics.THREADS, command)).isEmpty();
        assertThat(on(Topics.AUDIT, command)).isEmpty();

        vault.openAndConsent(failed.authorizationUrl(), MAYA);

        await().atMost(WAIT).until(() -> results(command).size() >= 2);
        CommandCompleted completed = (CommandCompleted) decode(results(command).get(1));
        assertThat(completed.origin()).isEqualTo(command.origin());
        String threadId = completed.result().get("threadId").asString();
        assertThat(((ThreadStarted) decode(awaitOn(Topics.THREADS, command))).threadId()).isEqualTo(threadId);
    }

    @Test
    void anAskWithoutASignInIsNotParkedSinceNobodyWaitsForItOnceTheUserHasConnected() {
        String user = newUser();
        CommandRequested ask = command(user, "create_thread", Map.of("prompt", SQL, "timeout_seconds", 120));
        send(ask);

        CommandFailed failed = (CommandFailed) decode(awaitResult(ask));
        assertThat(failed.code()).isEqualTo(FailureCode.AUTHORIZATION_REQUIRED);
        assertThat(failed.authorizationUrl()).startsWith(vault.baseUrl() + "/connect/start?attempt=");
        assertThat(failed.message()).endsWith("connect your Hex account once, then ask again.");

        vault.openAndConsent(failed.authorizationUrl(), MAYA);

        AuthorizationGranted granted = (AuthorizationGranted) decode(probe.awaitRecord(
                r -> r.topic().equals(Topics.AUTH) && r.value().contains(user), WAIT));
        assertThat(granted.userKey()).isEqualTo(user);
        assertThat(granted.parkedCommand()).isNull();
    }

    @Test
    void aSignInHexNoLongerAcceptsIsAnsweredWithALinkToSignInAgain() {
        String user = newUser();
        vault.connectHexMcp(user, MAYA);
        EmulatorHttp.shared().revokeNewestAccessTokenOf(MAYA);

        CommandRequested command = command(user, "create_thread", Map.of("prompt", SQL));
        send(command);

        CommandFailed failed = (CommandFailed) decode(awaitResult(command));
        assertThat(failed.code()).isEqualTo(FailureCode.AUTHORIZATION_REQUIRED);
        assertThat(failed.hexStatus()).isEqualTo(401);
        assertThat(failed.authorizationUrl()).startsWith(vault.baseUrl() + "/connect/start?attempt=");
        assertThat(failed.message()).contains("did not accept your Hex sign-in").endsWith("then ask again.");

        // signing in again through that link is all it takes
        vault.openAndConsent(failed.authorizationUrl(), MAYA);
        CommandRequested again = command(user, "create_thread", Map.of("prompt", SQL));
        send(again);
        assertThat(((CommandCompleted) decode(awaitResult(again))).result().get("threadId").asString()).isNotBlank();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------


    private static String createThread(String prompt) {
        CommandRequested command = command(connectedUser, "create_thread", Map.of("prompt", prompt));
        send(command);
        return ((CommandCompleted) decode(awaitResult(command))).result().get("threadId").asString();
    }

    private static String newUser() {
        return "mcp:threads-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static CommandRequested command(String user, String operation, Map<String, Object> arguments) {
        String commandId = UUID.randomUUID().toString();
        return new CommandRequested(UUID.randomUUID().toString(), commandId, user, Origin.mcp("gw-test", commandId),
                operation, EventCodec.toTree(arguments), Instant.now(), Instant.now().plusSeconds(60));
    }

    private static void send(CommandRequested command) {
        BlackBox.send(producer, command);
    }

    private static ConsumerRecord<String, String> awaitResult(CommandRequested command) {
        await().atMost(WAIT).until(() -> !results(command).isEmpty());
        return results(command).get(0);
    }

    private static List<ConsumerRecord<String, String>> results(CommandRequested command) {
        return probe.records().stream()
                .filter(r -> r.topic().equals(Topics.COMMAND_RESULTS) && command.commandId().equals(r.key()))
                .toList();
    }

    private static ConsumerRecord<String, String> awaitOn(String topic, CommandRequested command) {
        await().atMost(WAIT).until(() -> !on(topic, command).isEmpty());
        return on(topic, command).get(0);
    }

    private static List<ConsumerRecord<String, String>> on(String topic, CommandRequested command) {
        return probe.records().stream()
                .filter(r -> r.topic().equals(topic)
                        && command.commandId().equals(EventRecords.header(r.headers(), EventHeaders.COMMAND_ID)))
                .toList();
    }

    private static String ledgerState(CommandRequested command) {
        return db.sql("SELECT state FROM hexapi.command_ledger WHERE command_id = ?").param(command.commandId())
                .query(String.class).single();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
