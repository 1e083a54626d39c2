package dev.hexgate.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * thread-poller as a black box on real Kafka and PostgreSQL, reading threads from the Hex emulator's MCP server with
 * real OAuth access tokens (the emulator's consent page, approved headlessly). Threads are created through the
 * emulator's {@code create_thread}; the test publishes {@code ThreadStarted} the way hex-api-service does and
 * watches {@code hexgate.threads}.
 */
class ThreadPollerEndToEndTest {

    private static final String PRIYA_KEY = "mcp:priya-poller-e2e";
    private static final String GROUP = "thread-poller-e2e-" + UUID.randomUUID();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final List<Observed> polls = new CopyOnWriteArrayList<>();
    private static String token;
    private static ConfigurableApplicationContext poller;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;
    private static JdbcClient db;

    private record Observed(ThreadPollDue poll, Instant at) {
    }

    @BeforeAll
    static void start() throws Exception {
        token = EmulatorTokens.accessToken(EmulatorTokens.PRIYA);
        PollerTestSupport.startGroupAtTheEnd(GROUP);
        Postgres postgres = SharedPostgres.get();
        String database = postgres.createDatabase();
        db = JdbcClient.create(postgres.dataSource(database));
        Map<String, String> tokens = Map.of(PRIYA_KEY, token);
        List<String> arguments = new ArrayList<>(PollerTestSupport.pollerArguments(database, GROUP));
        arguments.add("--server.port=0");
        poller = PollerTestSupport.startPoller(PollerTestSupport.mcpReader(EmulatorTokens.mcpUrl(),
                        userKey -> Mono.just(tokens.getOrDefault(userKey, "not-a-valid-token"))),
                (poll, at) -> polls.add(new Observed(poll, at)), arguments);
        producer = PollerTestSupport.producer();
        probe = KafkaProbe.listen(SharedKafka.get().bootstrapServers(), Topics.THREADS);
    }

    @AfterAll
    static void stop() {
        if (probe != null) {
            probe.close();
        }
        if (producer != null) {
            producer.close();
        }
        if (poller != null) {
            poller.close();
        }
    }

    @Test
    void aThreadIsPolledUntilIdleAndFinishesOnceWithTheValueAskedFor() {
        String threadId = PollerTestSupport.createThread(token, "How many customers do we have?");

        start(threadId, PRIYA_KEY, "customers", null);

        ThreadFinished finished = awaitFinished(threadId);
        assertThat(finished.outcome()).isEqualTo(ThreadOutcome.COMPLETED);
        assertThat(finished.url()).contains(threadId);
        assertThat(finished.messages()).anySatisfy(m -> assertThat(m).contains("number of customers"));
        assertThat(finished.tables().get(0).path("columns").get(0).path("name").asString()).isEqualTo("customers");
        assertThat(finished.extraction().get("status").asString()).isEqualTo("found");
        assertThat(finished.extraction().at("/value/rows/0/customers").asString()).matches("\\d+");
        List<ThreadProgressed> progress = events(threadId, ThreadProgressed.class);
        assertThat(progress).extracting(ThreadProgressed::status).contains("RUNNING").endsWith("IDLE");
        assertThat(progress).extracting(ThreadProgressed::pollCount).doesNotHaveDuplicates();
        assertThat(pollsOf(threadId)).isNotEmpty()
                .allSatisfy(o -> assertThat(o.at()).as("poll %d ran no earlier than due", o.poll().attempt())
                        .isAfterOrEqualTo(o.poll().dueAt()));
        assertThat(db.sql("SELECT state FROM poller.thread_state WHERE thread_id = ?").param(threadId)
                .query(String.class).single()).isEqualTo("FINISHED");
    }

    @Test
    void aThreadThatAnswersWithoutTheAskedForValueFinishesWithNotFound() {
        String threadId = PollerTestSupport.createThread(token, "How many customers do we have?");

        start(threadId, PRIYA_KEY, "/churn rate of ([0-9.]+)%/", null);

        ThreadFinished finished = awaitFinished(threadId);
        assertThat(finished.outcome()).isEqualTo(ThreadOutcome.COMPLETED);
        assertThat(finished.extraction().get("status").asString()).isEqualTo("not_found");
    }

    @Test
    void aThreadHexEndsInErrorFinishesFailedWithHexsMessage() {
        String threadId = PollerTestSupport.createThread(token, "How many customers? [emulator:error TIMEOUT]");

        start(threadId, PRIYA_KEY, null, null);

        ThreadFinished finished = awaitFinished(threadId);
        assertThat(finished.outcome()).isEqualTo(ThreadOutcome.FAILED);
        assertThat(finished.errorMessage()).isNotBlank();
        assertThat(finished.extraction() == null || finished.extraction().isNull()).as("no extraction").isTrue();
    }

    @Test
    void aUserWhoseTokenHexRefusesFinishesWithAuthorizationRequired() {
        String threadId = PollerTestSupport.createThread(token, "How many customers do we have?");

        start(threadId, "mcp:someone-without-access", null, null);

        ThreadFinished finished = awaitFinished(threadId);
        assertThat(finished.outcome()).isEqualTo(ThreadOutcome.AUTHORIZATION_REQUIRED);
        assertThat(finished.errorMessage()).doesNotContain("not-a-valid-token");
    }

    @Test
    void hexFailingTwiceIsRetriedWithinTheBudgetAndTheThreadStillFinishes() {
        String threadId = PollerTestSupport.createThread(token, "How many customers do we have?");
        // The next two requests to Hex's MCP server answer 503: the poll, then the new session's initialize.
        String fault = JsonMapper.shared().readTree(EmulatorHttp.shared().control("POST", "/_emulator/faults",
                "{\"method\": \"POST\", \"path\": \"/mcp\", \"status\": 503, \"times\": 2}"))
                .get("id").asString();
        try {
            start(threadId, PRIYA_KEY, "customers", null);

            ThreadFinished finished = awaitFinished(threadId);
            assertThat(finished.outcome()).isEqualTo(ThreadOutcome.COMPLETED);
            assertThat(finished.extraction().get("status").asString()).isEqualTo("found");
            List<ThreadProgressed> progress = events(threadId, ThreadProgressed.class);
            assertThat(progress).extracting(ThreadProgressed::status)
                    .containsSubsequence("RETRYING", "RETRYING").endsWith("IDLE");
            assertThat(progress).extracting(ThreadProgressed::pollCount).doesNotHaveDuplicates();
        } finally {
            EmulatorHttp.shared().control("DELETE", "/_emulator/faults/" + fault, null);
        }
    }

    @Test
    void aThreadStillRunningAtItsDeadlineTimesOut() {
        String threadId = PollerTestSupport.createThread(token, "How many customers do we have?");

        // first poll after 1 s sees RUNNING with waitTime 5: no tier fits in what is left
        start(threadId, PRIYA_KEY, null, Instant.now().plusMillis(2_500));

        ThreadFinished finished = awaitFinished(threadId);
        assertThat(finished.outcome()).isEqualTo(ThreadOutcome.TIMEOUT);
        assertThat(finished.errorMessage()).contains("deadline");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void start(String threadId, String userKey, String expect, Instant deadline) {
        PollerTestSupport.sendStarted(producer, threadId, userKey, expect, deadline);
        producer.flush();
    }

    private static ThreadFinished awaitFinished(String threadId) {
        await("ThreadFinished for " + threadId).atMost(WAIT)
                .until(() -> !events(threadId, ThreadFinished.class).isEmpty());
        // everything the poller will ever do for the thread is done once its group has committed all of it
        await("the poller's topics drained").atMost(WAIT).until(() -> PollerTestSupport.drained(GROUP));
        List<ThreadFinished> finished = events(threadId, ThreadFinished.class);
        assertThat(finished).as("ThreadFinished events for %s", threadId).hasSize(1);
        return finished.get(0);
    }

    private static <T extends HexgateEvent> List<T> events(String threadId, Class<T> type) {
        return PollerTestSupport.events(probe, threadId, type);
    }

    private static List<Observed> pollsOf(String threadId) {
        return polls.stream().filter(o -> o.poll().threadId().equals(threadId)).toList();
    }
}
