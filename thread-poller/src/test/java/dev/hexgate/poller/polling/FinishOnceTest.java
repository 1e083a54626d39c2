package dev.hexgate.poller.polling;

import static dev.hexgate.poller.polling.PublishedFinishes.derivedId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.poller.PollerTestSupport;
import dev.hexgate.poller.hex.ThreadSnapshot;
import dev.hexgate.poller.schedule.DelayTiers;
import dev.hexgate.poller.state.ThreadState;
import dev.hexgate.poller.state.ThreadStates;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A poll delivered again (its offset was not committed when the poller died) at each point of its handling, on real
 * Kafka and PostgreSQL: the thread finishes exactly once, and a poll that already moved the thread on does nothing.
 * The thread reader is an in-process stand-in here: what is tested is the poller's state, not Hex.
 */
class FinishOnceTest {

    private static final Duration GRACE = Duration.ofSeconds(1);

    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe probe;
    private static ThreadStates states;
    private static final AtomicInteger reads = new AtomicInteger();
    private static final AtomicReference<ThreadSnapshot> answer = new AtomicReference<>();
    private static ThreadPolls polls;

    @BeforeAll
    static void start() {
        Postgres postgres = SharedPostgres.get();
        DataSource dataSource = postgres.dataSource(postgres.createDatabase());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/poller").schemas("poller")
                .defaultSchema("poller").load().migrate();
        states = new ThreadStates(JdbcClient.create(dataSource));
        String kafka = SharedKafka.get().bootstrapServers();
        SharedKafka.get().createTopics(PollerTestSupport.pollerTopics().toArray(String[]::new));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
        probe = KafkaProbe.listen(kafka, Topics.THREADS);
        PollerProperties properties = new PollerProperties("unused", "finish-once", List.of(Duration.ofSeconds(1),
                Duration.ofSeconds(5)), 6, Duration.ofMillis(100), Duration.ofSeconds(1), 100, GRACE,
                new PollBudget(10, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(1),
                        Duration.ofSeconds(20), Duration.ofSeconds(5)));
        polls = new ThreadPolls(states, (userKey, threadId) -> {
            reads.incrementAndGet();
            return Mono.just(answer.get());
        }, new EventPublisher(producer), new PublishedFinishes(() -> new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringDeserializer(),
                new ByteArrayDeserializer())), new DelayTiers(properties.tiers()), properties,
                Schedulers.boundedElastic(), PollObserver.NONE, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        probe.close();
        producer.close();
    }

    @BeforeEach
    void idle() {
        reads.set(0);
        answer.set(new ThreadSnapshot("IDLE", null, List.of("assistant: done"), null, "http://hex/t", null));
    }

    @Test
    void aFinishingPollDeliveredAgainAfterItPublishedDoesNothing() {
        ThreadPollDue first = startWait();

        assertThat(polls.onPoll(first).block()).isNull();
        assertThat(polls.onPoll(first).block()).isNull();

        assertThat(reads).as("Hex asked once").hasValue(1);
        assertThat(awaitOneFinish(first.threadId()).outcome()).isEqualTo(ThreadOutcome.COMPLETED);
    }

    @Test
    void aFinishClaimedButNeverPublishedIsPublishedOnceByTheRedeliveredPollAfterTheGrace() {
        ThreadPollDue first = startWait();
        ThreadFinished claimed = finished(first);
        assertThat(states.claimFinish(first.threadId(), first.commandId(), first.eventId(), 1, "IDLE", claimed))
                .isTrue();
        // the poller died here: the finish is claimed, not on Kafka, the poll not committed

        Instant lookAfter = polls.onPoll(first).block();
        assertThat(lookAfter).as("another instance may still be sending it: look later").isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> !Instant.now().isBefore(lookAfter));
        assertThat(polls.onPoll(first).block()).isNull();
        assertThat(polls.onPoll(first).block()).isNull();

        assertThat(awaitOneFinish(first.threadId()).eventId()).isEqualTo(claimed.eventId());
        assertThat(reads).as("the claimed answer is published, Hex is not asked again").hasValue(0);
        assertThat(phase(first)).isEqualTo(ThreadState.Phase.FINISHED);
    }

    @Test
    void aFinishPublishedButNotNotedIsFoundOnKafkaAndNotPublishedAgain() {
        ThreadPollDue first = startWait();
        ThreadFinished claimed = finished(first);
        states.claimFinish(first.threadId(), first.commandId(), first.eventId(), 1, "IDLE", claimed);
        new EventPublisher(producer).send(List.of(EventRecords.toRecord(claimed, "test"))).block();
        // the poller died here: Kafka has the finish, the row does not say so, the poll is not committed

        await().atMost(Duration.ofSeconds(10)).until(() -> polls.onPoll(first).block() == null);

        assertThat(awaitOneFinish(first.threadId()).eventId()).isEqualTo(claimed.eventId());
        assertThat(phase(first)).isEqualTo(ThreadState.Phase.FINISHED);
    }

    @Test
    void aPollThatAlreadyScheduledTheNextOneDoesNothingWhenDeliveredAgain() {
        answer.set(new ThreadSnapshot("RUNNING", 5, List.of(), null, null, null));
        ThreadPollDue first = startWait();

        polls.onPoll(first).block();
        polls.onPoll(first).block();

        assertThat(reads).hasValue(1);
        ThreadState state = states.find(first.threadId(), first.commandId()).orElseThrow();
        assertThat(state.currentPollId()).isEqualTo(derivedId("poll", first.eventId()));
        assertThat(state.polls()).isEqualTo(1);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static ThreadPollDue startWait() {
        String threadId = UUID.randomUUID().toString();
        String commandId = UUID.randomUUID().toString();
        ThreadStarted started = new ThreadStarted(UUID.randomUUID().toString(), threadId, commandId, "mcp:once",
                Origin.mcp("gw", commandId), "http://hex/t", null, Instant.now(), null);
        assertThat(polls.onStarted(started).block()).isNull();
        return new ThreadPollDue(derivedId("first-poll", started.eventId()), threadId, commandId, "mcp:once",
                started.origin(), 1, Instant.now().minusMillis(1), null);
    }

    private static ThreadFinished finished(ThreadPollDue poll) {
        return new ThreadFinished(derivedId("finished", poll.threadId(), poll.commandId()), poll.threadId(),
                poll.commandId(), poll.userKey(), poll.origin(), ThreadOutcome.COMPLETED, List.of("assistant: done"),
                null, "http://hex/t", null, null, Instant.now());
    }

    private static ThreadState.Phase phase(ThreadPollDue poll) {
        return states.find(poll.threadId(), poll.commandId()).orElseThrow().phase();
    }

    /** The one ThreadFinished for the thread; the probe sees everything published before this returns. */
    private static ThreadFinished awaitOneFinish(String threadId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !finishes(threadId).isEmpty());
        // a marker published after everything above: once the probe has it, no earlier record is still on its way
        String marker = UUID.randomUUID().toString();
        new EventPublisher(producer).send(List.of(new org.apache.kafka.clients.producer.ProducerRecord<>(
                Topics.THREADS, threadId, marker.getBytes()))).block();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.records().stream()
                .anyMatch(r -> marker.equals(r.value())));
        List<ThreadFinished> finishes = finishes(threadId);
        assertThat(finishes).hasSize(1);
        return finishes.get(0);
    }

    private static List<ThreadFinished> finishes(String threadId) {
        return probe.records().stream()
                .filter(r -> threadId.equals(r.key()) && r.headers().lastHeader("ce_type") != null)
                .map(PollerTestSupport::decode)
                .filter(ThreadFinished.class::isInstance)
                .map(ThreadFinished.class::cast)
                .toList();
    }
}
