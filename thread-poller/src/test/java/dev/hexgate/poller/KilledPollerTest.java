package dev.hexgate.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.testkit.process.JvmProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance case: thread-poller, in its own JVM, is killed ({@code SIGKILL}) with several threads in flight
 * (each polled at least once, none finished), then started again. Every thread finishes, exactly once, and nothing
 * is left pending: the group has committed every record on the poller's topics.
 */
class KilledPollerTest {

    private static final int THREADS = 6;
    private static final String GROUP = "thread-poller-killed-" + UUID.randomUUID();
    private static final Duration WAIT = Duration.ofSeconds(120);

    private static String token;
    private static String database;
    private static String timingBefore;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;

    @BeforeAll
    static void start() throws Exception {
        token = EmulatorTokens.accessToken(EmulatorTokens.PRIYA);
        PollerTestSupport.startGroupAtTheEnd(GROUP);
        database = SharedPostgres.get().createDatabase();
        // Threads that work long enough to be in flight across the kill, and ask to be polled every 2 s.
        timingBefore = PollerTestSupport.emulatorTiming();
        PollerTestSupport.setEmulatorTiming("{\"threadRunning\":\"20s\",\"threadWaitTime\":2}");
        producer = PollerTestSupport.producer();
        probe = KafkaProbe.listen(SharedKafka.get().bootstrapServers(), Topics.THREADS);
    }

    @AfterAll
    static void stop() {
        PollerTestSupport.setEmulatorTiming(timingBefore);
        probe.close();
        producer.close();
    }

    @Test
    void aPollerKilledWithThreadsInFlightFinishesEveryThreadExactlyOnceAfterItsRestart() throws Exception {
        List<String> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(PollerTestSupport.createThread(token, "How many customers do we have? (" + i + ")"));
        }

        try (JvmProcess first = JvmProcess.start("killed-poller-1", PollerProcessMain.class, arguments(),
                environment())) {
            threads.forEach(threadId -> PollerTestSupport.sendStarted(producer, threadId, "mcp:killed-poller",
                    "customers", null));
            producer.flush();
            await("every thread polled at least once (log: " + first.log() + ")").atMost(WAIT)
                    .until(() -> threads.stream().allMatch(t -> !events(t, ThreadProgressed.class).isEmpty()));
            assertThat(threads).allSatisfy(t -> assertThat(events(t, ThreadFinished.class)).isEmpty());
            first.kill();
        }

        try (JvmProcess restarted = JvmProcess.start("killed-poller-2", PollerProcessMain.class, arguments(),
                environment())) {
            await("every thread finished (log: " + restarted.log() + ")").atMost(WAIT)
                    .until(() -> threads.stream().allMatch(t -> !events(t, ThreadFinished.class).isEmpty()));
            await("nothing left to poll").atMost(WAIT).until(() -> PollerTestSupport.drained(GROUP));
        }
        PollerTestSupport.assertFinishedOnceCompleted(probe, threads);
    }

    private static List<String> arguments() {
        List<String> arguments = new ArrayList<>(PollerTestSupport.pollerArguments(database, GROUP));
        arguments.addAll(List.of("--server.port=0", "--hexgate.thread-poller.budget.max-polls=30",
                // A killed member holds its partitions until the broker gives up on it: the broker's minimum here.
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000"));
        return arguments;
    }

    private static Map<String, String> environment() {
        return Map.of("POLLER_TEST_HEX_TOKEN", token, "POLLER_TEST_MCP_URL", EmulatorTokens.mcpUrl());
    }

    private static <T extends HexgateEvent> List<T> events(String threadId, Class<T> type) {
        return PollerTestSupport.events(probe, threadId, type);
    }
}
