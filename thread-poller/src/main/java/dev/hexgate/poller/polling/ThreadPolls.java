package dev.hexgate.poller.polling;

import static dev.hexgate.poller.polling.PublishedFinishes.derivedId;

import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.threads.Expectation;
import dev.hexgate.poller.extraction.Extractor;
import dev.hexgate.poller.hex.ThreadReadException;
import dev.hexgate.poller.hex.ThreadReader;
import dev.hexgate.poller.hex.ThreadSnapshot;
import dev.hexgate.poller.schedule.DelayTiers;
import dev.hexgate.poller.schedule.PollRecords;
import dev.hexgate.poller.state.ThreadState;
import dev.hexgate.poller.state.ThreadStates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the poller does with each record: a {@code ThreadStarted} records the wait and schedules the first poll; a
 * due {@code ThreadPollDue} reads the thread, publishes {@code ThreadProgressed} and either schedules the next poll
 * or ends the wait with one {@code ThreadFinished}. Other events on {@code hexgate.threads} are skipped.
 *
 * <p><b>Idempotent under redelivery.</b> Event ids are derived from the record that caused them, so a repeated step
 * publishes the very same ids. Only the poll named current in {@link ThreadStates} acts; the next poll is on Kafka
 * before the state row names it current, so a crash in between re-runs the poll (a second copy of the next poll
 * with the same id, dropped when it comes since it is no longer current) and never loses the thread. A finish is
 * claimed in the row, with the event, before it is published; after a crash in between, the redelivered poll looks
 * for that event on Kafka ({@link PublishedFinishes}) and publishes it only if it is not there.
 */
public class ThreadPolls {

    public static final String SOURCE = "thread-poller";
    private static final Logger log = LoggerFactory.getLogger(ThreadPolls.class);

    private final ThreadStates states;
    private final ThreadReader reader;
    private final EventPublisher publisher;
    private final PublishedFinishes publishedFinishes;
    private final DelayTiers tiers;
    private final PollerProperties properties;
    private final Scheduler database;
    private final PollObserver observer;
    private final Clock clock;

    public ThreadPolls(ThreadStates states, ThreadReader reader, EventPublisher publisher,
            PublishedFinishes publishedFinishes, DelayTiers tiers, PollerProperties properties, Scheduler database,
            PollObserver observer, Clock clock) {
        this.states = states;
        this.reader = reader;
        this.publisher = publisher;
        this.publishedFinishes = publishedFinishes;
        this.tiers = tiers;
        this.properties = properties;
        this.database = database;
        this.observer = observer;
        this.clock = clock;
    }

    /** The engine's handler: empty when done, an instant to be run again then. */
    public Mono<Instant> handle(ConsumerRecord<String, byte[]> record) {
        String type = EventRecords.header(record.headers(), EventHeaders.CE_TYPE);
        if (EventType.THREAD_POLL_DUE.ceType().equals(type)) {
            return Mono.defer(() -> onPoll((ThreadPollDue) EventRecords.fromRecord(record)));
        }
        if (EventType.THREAD_STARTED.ceType().equals(type)) {
            return Mono.defer(() -> onStarted((ThreadStarted) EventRecords.fromRecord(record)));
        }
        return Mono.empty(); // our own progress and finish events, or something we do not act on
    }

    Mono<Instant> onStarted(ThreadStarted started) {
        String firstPollId = derivedId("first-poll", started.eventId());
        return Mono.fromCallable(() -> {
            states.start(started, firstPollId);
            return states.find(started.threadId(), started.commandId()).orElseThrow();
        }).subscribeOn(database).flatMap(state -> {
            // A repeated start (redelivery) schedules the first poll again only while it is still the one expected.
            if (state.phase() != ThreadState.Phase.WAITING || !firstPollId.equals(state.currentPollId())) {
                return Mono.empty();
            }
            Duration delay = tiers.atLeast(properties.budget().firstPollDelay());
            ThreadPollDue first = new ThreadPollDue(firstPollId, started.threadId(), started.commandId(),
                    started.userKey(), started.origin(), 1, clock.instant().plus(delay), started.deadline());
            return publisher.send(List.of(PollRecords.toRecord(first, delay, SOURCE))).then(Mono.empty());
        });
    }

    Mono<Instant> onPoll(ThreadPollDue poll) {
        if (clock.instant().isBefore(poll.dueAt())) {
            return Mono.just(poll.dueAt()); // never early, whatever the header said
        }
        return Mono.fromCallable(() -> states.find(poll.threadId(), poll.commandId()))
                .subscribeOn(database)
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        log.warn("poll for unknown wait {} / command {} dropped", poll.threadId(), poll.commandId());
                        return Mono.<Instant>empty();
                    }
                    ThreadState state = found.get();
                    if (!poll.eventId().equals(state.currentPollId())
                            || state.phase() == ThreadState.Phase.FINISHED) {
                        return Mono.<Instant>empty(); // a duplicate, or the wait is over
                    }
                    if (state.phase() == ThreadState.Phase.FINISHING) {
                        return recoverFinish(state);
                    }
                    return read(poll, state);
                });
    }

    private Mono<Instant> read(ThreadPollDue poll, ThreadState state) {
        observer.polling(poll, clock.instant());
        return reader.read(poll.userKey(), poll.threadId())
                .map(snapshot -> new Observed(snapshot, Decision.after(snapshot, poll.attempt(), clock.instant(),
                        poll.deadline(), properties.budget(), tiers)))
                .onErrorResume(ThreadReadException.class, failure -> {
                    log.info("poll {} of thread {}: {}", poll.attempt(), poll.threadId(), failure.getMessage());
                    return Mono.just(new Observed(null, Decision.after(failure, poll.attempt(), clock.instant(),
                            poll.deadline(), properties.budget(), tiers)));
                })
                .flatMap(observed -> observed.decision().finished()
                        ? finish(poll, state, observed)
                        : next(poll, observed));
    }

    private Mono<Instant> next(ThreadPollDue poll, Observed observed) {
        Instant now = clock.instant();
        Duration delay = observed.decision().delay();
        ThreadPollDue next = new ThreadPollDue(derivedId("poll", poll.eventId()), poll.threadId(), poll.commandId(),
                poll.userKey(), poll.origin(), poll.attempt() + 1, now.plus(delay), poll.deadline());
        return publisher.send(List.of(progress(poll, observed, now), PollRecords.toRecord(next, delay, SOURCE)))
                .then(Mono.fromRunnable(() -> states.advance(poll.threadId(), poll.commandId(), poll.eventId(),
                        next.eventId(), poll.attempt(), observed.decision().status())).subscribeOn(database))
                .then(Mono.empty());
    }

    private Mono<Instant> finish(ThreadPollDue poll, ThreadState state, Observed observed) {
        Instant now = clock.instant();
        ThreadFinished finished = finishedEvent(poll, state, observed, now);
        return Mono.fromCallable(() -> states.claimFinish(poll.threadId(), poll.commandId(), poll.eventId(),
                        poll.attempt(), observed.decision().status(), finished))
                .subscribeOn(database)
                .flatMap(claimed -> !claimed ? Mono.<Instant>empty()
                        : publisher.send(List.of(progress(poll, observed, now),
                                        EventRecords.toRecord(finished, SOURCE)))
                                .doOnSuccess(sent -> log.info("thread {} (command {}): {} after {} poll(s){}",
                                        poll.threadId(), poll.commandId(), finished.outcome(), poll.attempt(),
                                        finished.extraction() == null ? ""
                                                : ", expect " + finished.extraction().path("status").asString()))
                                .then(markFinished(poll.threadId(), poll.commandId())));
    }

    /** A finish was claimed but may not have reached Kafka (a crash, or another instance still sending it). */
    private Mono<Instant> recoverFinish(ThreadState state) {
        Instant lookAfter = state.finishClaimedAt().plus(properties.finishRecoveryGrace());
        if (clock.instant().isBefore(lookAfter)) {
            return Mono.just(lookAfter);
        }
        ThreadFinished finished = state.finishedEvent();
        return Mono.fromCallable(() -> publishedFinishes.published(state.threadId(), finished.eventId(),
                        state.finishClaimedAt()))
                .subscribeOn(database)
                .flatMap(published -> {
                    log.info("thread {}: a claimed finish was {} on Kafka", state.threadId(),
                            published ? "found" : "not found, publishing it");
                    Mono<Void> send = published ? Mono.empty()
                            : publisher.send(List.of(EventRecords.toRecord(finished, SOURCE)));
                    return send.then(markFinished(state.threadId(), state.commandId()));
                });
    }

    private Mono<Instant> markFinished(String threadId, String commandId) {
        return Mono.fromRunnable(() -> states.markFinished(threadId, commandId)).subscribeOn(database)
                .then(Mono.empty());
    }

    private ProducerRecord<String, byte[]> progress(ThreadPollDue poll, Observed observed, Instant now) {
        ThreadSnapshot snapshot = observed.snapshot();
        HexgateEvent progressed = new ThreadProgressed(derivedId("progress", poll.eventId()), poll.threadId(),
                poll.commandId(), poll.origin(), observed.decision().status(), poll.attempt(),
                snapshot == null ? null : snapshot.waitTimeSeconds(), now);
        return EventRecords.toRecord(progressed, SOURCE);
    }

    private static ThreadFinished finishedEvent(ThreadPollDue poll, ThreadState state, Observed observed,
            Instant now) {
        ThreadSnapshot snapshot = observed.snapshot();
        ThreadOutcome outcome = observed.decision().outcome();
        List<String> messages = snapshot == null ? List.of() : snapshot.messages();
        JsonNode tables = snapshot == null ? null : snapshot.tables();
        String url = snapshot != null && snapshot.url() != null ? snapshot.url() : state.url();
        JsonNode extraction = outcome == ThreadOutcome.COMPLETED ? extraction(state.expect(), messages, tables) : null;
        return new ThreadFinished(derivedId("finished", poll.threadId(), poll.commandId()), poll.threadId(),
                poll.commandId(), poll.userKey(), poll.origin(), outcome, messages, tables, url, extraction,
                observed.decision().error(), now);
    }

    private static JsonNode extraction(String expect, List<String> messages, JsonNode tables) {
        try {
            Expectation expectation = Expectation.parse(expect);
            return expectation == null ? null : Extractor.extract(expectation, messages, tables);
        } catch (IllegalArgumentException badExpect) {
            ObjectNode result = (ObjectNode) Extractor.notFound();
            result.put("reason", badExpect.getMessage());
            return result;
        }
    }

    private record Observed(ThreadSnapshot snapshot, Decision decision) {
    }
}
