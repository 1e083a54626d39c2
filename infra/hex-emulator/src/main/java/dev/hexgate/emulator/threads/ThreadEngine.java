package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.timing.Timings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Starts and continues threads. A prompt makes the thread RUNNING for {@code Timings.threadRunning()} (fixed at
 * prompt time, so a later timing change never moves a running thread; a {@link RunningMarker} in the prompt sets
 * it for that turn alone); the answer is computed straight away on a
 * worker thread (the warehouse is JDBC, which must not block the event loop) and shows once that time has passed.
 * Status is read from timestamps, so there is no timer to drive and nothing to sleep on in tests: with a zero
 * running time a thread is IDLE as soon as its query has run.
 */
@Component
public class ThreadEngine {

    private static final Logger log = LoggerFactory.getLogger(ThreadEngine.class);
    private static final int TITLE_LENGTH = 80;

    private final ThreadStore store;
    private final ThreadResponder responder;
    private final Timings timings;

    public ThreadEngine(ThreadStore store, ThreadResponder responder, Timings timings) {
        this.store = store;
        this.responder = responder;
        this.timings = timings;
    }

    public HexThread start(NewThread request) {
        Instant now = now();
        ThreadType type = request.projectId() == null ? ThreadType.THREADS : ThreadType.NOTEBOOK;
        HexThread thread = new HexThread(UUID.randomUUID(), request.userId(), request.source(), type,
                request.projectId(), request.muted(), now, title(request.prompt()),
                List.of(newTurn(request.prompt(), now)));
        store.add(thread);
        answerInBackground(thread.id(), 0, request.prompt());
        return thread;
    }

    /** Sends a follow-up prompt; accepted only on the caller's own IDLE thread. */
    public FollowupResult followup(UUID threadId, UUID userId, String prompt) {
        FollowupResult result = store.appendIfIdle(threadId, userId, newTurn(prompt, now()), now());
        if (result.outcome() == FollowupResult.Outcome.CONTINUED) {
            answerInBackground(threadId, result.thread().turns().size() - 1, prompt);
        }
        return result;
    }

    /** The thread if it exists and belongs to {@code userId}; someone else's thread is "not found". */
    public Optional<HexThread> findOwned(UUID threadId, UUID userId) {
        return store.find(threadId).filter(t -> t.ownedBy(userId));
    }

    public List<HexThread> all() {
        return store.all();
    }

    /** Hex timestamps carry milliseconds; truncating keeps stored times equal to what clients see. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private Turn newTurn(String prompt, Instant now) {
        return new Turn(prompt, now,
                now.plus(RunningMarker.find(prompt).orElseGet(() -> timings.current().threadRunning())), null);
    }

    private void answerInBackground(UUID threadId, int turnIndex, String prompt) {
        Mono.fromCallable(() -> responder.answer(prompt))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(e -> {
                    log.warn("thread {} turn {}: the emulated agent failed: {}", threadId, turnIndex, e.toString());
                    return Mono.just(Answer.failed(new ThreadError(ThreadErrorType.AGENT_ERROR,
                            "The agent ran into an internal problem while working on this thread.")));
                })
                .subscribe(answer -> store.recordAnswer(threadId, turnIndex, answer));
    }

    /** A thread title from its first prompt: one line, at most 80 characters. */
    public static String title(String prompt) {
        String oneLine = prompt.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_LENGTH ? oneLine : oneLine.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
