package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.state.Resettable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Every thread started since the emulator came up (or was last reset). Threads are immutable records swapped
 * atomically, so a follow-up and a background answer for the same thread never lose each other's change.
 */
@Component
public class ThreadStore implements Resettable {

    private final Map<UUID, HexThread> byId = new ConcurrentHashMap<>();

    public void add(HexThread thread) {
        if (byId.putIfAbsent(thread.id(), thread) != null) {
            throw new IllegalStateException("Thread id already in use: " + thread.id());
        }
    }

    public Optional<HexThread> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A snapshot of all threads, in no particular order. */
    public List<HexThread> all() {
        return List.copyOf(byId.values());
    }

    /**
     * Appends {@code turn} if the thread exists, belongs to {@code userId} and is IDLE at {@code now}, all in one
     * atomic step (Hex does not queue follow-ups, so two racing follow-ups must not both be accepted).
     */
    public FollowupResult appendIfIdle(UUID id, UUID userId, Turn turn, Instant now) {
        AtomicReference<FollowupResult> result = new AtomicReference<>(FollowupResult.notFound());
        byId.computeIfPresent(id, (key, thread) -> {
            if (!thread.ownedBy(userId)) {
                return thread;
            }
            ThreadStatus status = thread.status(now);
            if (status != ThreadStatus.IDLE) {
                result.set(FollowupResult.refused(thread, status));
                return thread;
            }
            HexThread next = thread.withTurn(turn);
            result.set(FollowupResult.continued(next));
            return next;
        });
        return result.get();
    }

    /** Stores a finished answer; a no-op when the thread was dropped by a reset meanwhile. */
    void recordAnswer(UUID id, int turnIndex, Answer answer) {
        byId.computeIfPresent(id, (key, thread) -> thread.withAnswer(turnIndex, answer));
    }

    @Override
    public void reset() {
        byId.clear();
    }
}
