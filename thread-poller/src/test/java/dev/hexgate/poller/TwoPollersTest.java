package dev.hexgate.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.poller.polling.PollObserver;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * Issue 6, "durability and scale": two thread-poller instances (two application contexts in this JVM, instance ids
 * {@code a} and {@code b}) in ONE consumer group, on one PostgreSQL database, the shared Kafka broker and the
 * emulator's MCP server. They share the work by partition; when one stops with threads in flight, the other takes
 * over its partitions and every thread still finishes exactly once, with every poll record committed.
 *
 * <p>Which instance handled a poll is seen through each context's own {@link PollObserver}, which that instance's
 * {@code ThreadPolls} calls just before it asks Hex; which instance owns which partitions through the group's
 * description (member client id {@code thread-poller-engine-<instance id>}).
 *
 * <p>The tests run in order: the second stops instance {@code b}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoPollersTest {

    private static final int THREADS = 12;
    private static final String GROUP = "thread-poller-two-" + UUID.randomUUID();
    private static final String FIRST = "a";
    private static final String SECOND = "b";
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** A poll as one instance's observer saw it, in the order polls happened across both instances. */
    private record Poll(String instance, String threadId) {
    }

    private static final List<Poll> polls = new CopyOnWriteArrayList<>();
    private static String token;
    private static String database;
    private static String timingBefore;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;

    @BeforeAll
    static void start() throws Exception {
        token = EmulatorTokens.accessToken(EmulatorTokens.PRIYA);
        PollerTestSupport.startGroupAtTheEnd(GROUP);
        database = SharedPostgres.get().createDatabase();
        timingBefore = PollerTestSupport.emulatorTiming();
        producer = PollerTestSupport.producer();
        probe = KafkaProbe.listen(SharedKafka.get().bootstrapServers(), Topics.THREADS);

        // Work can only be shared if every topic has partitions to share.
        Set<TopicPartition> partitions = PollerTestSupport.pollerPartitions();
        for (String topic : PollerTestSupport.pollerTopics()) {
            assertThat(partitions.stream().filter(p -> p.topic().equals(topic)).count())
                    .as("partitions of %s", topic).isGreaterThanOrEqualTo(2);
        }

        // One after the other: both would otherwise run the same Flyway migration at once.
        first = startInstance(FIRST);
        second = startInstance(SECOND);
        await("both instances own partitions of the group").atMost(WAIT).until(() -> {
            Map<String, Set<TopicPartition>> owners = PollerTestSupport.owners(GROUP);
            return owners.keySet().equals(Set.of(engine(FIRST), engine(SECOND)))
                    && owners.values().stream().noneMatch(Set::isEmpty)
                    && owners.values().stream().mapToInt(Set::size).sum() == partitions.size();
        });
    }

    @AfterAll
    static void stop() {
        if (timingBefore != null) {
            PollerTestSupport.setEmulatorTiming(timingBefore);
        }
        // Closed here, while Kafka is up (a shutdown hook would race the broker's shutdown).
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {second, first}) {
            if (instance != null && instance.isActive()) {
                instance.close();
            }
        }
        if (probe != null) {
            probe.close();
        }
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    @Order(1)
    void twoInstancesInOneGroupBothPollAndEveryThreadFinishesExactlyOnce() throws Exception {
        // Threads that run for a few seconds and ask to be polled every second.
        PollerTestSupport.setEmulatorTiming("{\"threadRunning\":\"6s\",\"threadWaitTime\":1}");
        List<String> threads = startThreads("shared");

        await("every thread finished").atMost(WAIT)
                .until(() -> threads.stream().allMatch(t -> !events(t, ThreadFinished.class).isEmpty()));
        await("nothing left uncommitted on the poller's topics").atMost(WAIT)
                .until(() -> PollerTestSupport.drained(GROUP));

        PollerTestSupport.assertFinishedOnceCompleted(probe, threads);
        Set<String> polledByFirst = threadsPolledBy(FIRST, threads, 0);
        Set<String> polledBySecond = threadsPolledBy(SECOND, threads, 0);
        assertThat(polledByFirst).as("threads instance %s polled", FIRST).isNotEmpty();
        assertThat(polledBySecond).as("threads instance %s polled", SECOND).isNotEmpty();
        Set<String> polledByEither = new HashSet<>(polledByFirst);
        polledByEither.addAll(polledBySecond);
        assertThat(polledByEither).containsExactlyInAnyOrderElementsOf(threads);
        // Both are still members of the group: no instance dropped out while the threads were polled.
        assertThat(PollerTestSupport.owners(GROUP).keySet()).containsExactlyInAnyOrder(engine(FIRST), engine(SECOND));
    }

    @Test
    @Order(2)
    void whenOneInstanceStopsMidFlightTheOtherTakesOverAndEveryThreadStillFinishesExactlyOnce() throws Exception {
        // Long enough to be in flight across the stop; polled every 2 s.
        PollerTestSupport.setEmulatorTiming("{\"threadRunning\":\"20s\",\"threadWaitTime\":2}");
        int roundStart = polls.size();
        List<String> threads = startThreads("stopped");

        await("every thread polled, some by instance " + SECOND).atMost(WAIT)
                .until(() -> threads.stream().allMatch(t -> !events(t, ThreadProgressed.class).isEmpty())
                        && !threadsPolledBy(SECOND, threads, roundStart).isEmpty());
        assertThat(threads).as("threads in flight when %s stops", SECOND)
                .allSatisfy(t -> assertThat(events(t, ThreadFinished.class)).isEmpty());
        Set<String> handledBySecond = threadsPolledBy(SECOND, threads, roundStart);

        second.close();
        int stopped = polls.size();

        Set<TopicPartition> partitions = PollerTestSupport.pollerPartitions();
        await(FIRST + " owns every partition").atMost(WAIT)
                .until(() -> PollerTestSupport.owners(GROUP).equals(Map.of(engine(FIRST), partitions)));
        await("every thread finished").atMost(WAIT)
                .until(() -> threads.stream().allMatch(t -> !events(t, ThreadFinished.class).isEmpty()));
        await("nothing left uncommitted on the poller's topics").atMost(WAIT)
                .until(() -> PollerTestSupport.drained(GROUP));

        PollerTestSupport.assertFinishedOnceCompleted(probe, threads);
        assertThat(threadsPolledBy(FIRST, threads, stopped))
                .as("threads %s polled after %s stopped", FIRST, SECOND)
                .containsAll(handledBySecond);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static ConfigurableApplicationContext startInstance(String instanceId) {
        List<String> arguments = new ArrayList<>(PollerTestSupport.pollerArguments(database, GROUP));
        arguments.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--hexgate.thread-poller.instance-id=" + instanceId, "--hexgate.thread-poller.budget.max-polls=30"));
        PollObserver observer = (poll, at) -> polls.add(new Poll(instanceId, poll.threadId()));
        return PollerTestSupport.startPoller(
                PollerTestSupport.mcpReader(EmulatorTokens.mcpUrl(), userKey -> Mono.just(token)), observer,
                arguments);
    }

    private static String engine(String instanceId) {
        return "thread-poller-engine-" + instanceId;
    }

    /** Creates {@link #THREADS} threads in the emulator and publishes a {@code ThreadStarted} for each. */
    private static List<String> startThreads(String round) {
        List<String> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(PollerTestSupport.createThread(token, "How many customers do we have? (" + round + " "
                    + i + ")"));
        }
        threads.forEach(threadId -> PollerTestSupport.sendStarted(producer, threadId, "mcp:two-pollers",
                "customers", null));
        producer.flush();
        return threads;
    }

    /** The threads among {@code threads} that {@code instance} polled, counting polls from position {@code from}. */
    private static Set<String> threadsPolledBy(String instance, List<String> threads, int from) {
        List<Poll> seen = new ArrayList<>(polls);
        return seen.subList(Math.min(from, seen.size()), seen.size()).stream()
                .filter(p -> p.instance().equals(instance) && threads.contains(p.threadId()))
                .map(Poll::threadId)
                .collect(Collectors.toSet());
    }

    private static <T extends HexgateEvent> List<T> events(String threadId, Class<T> type) {
        return PollerTestSupport.events(probe, threadId, type);
    }
}
