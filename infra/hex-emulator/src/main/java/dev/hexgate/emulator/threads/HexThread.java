package dev.hexgate.emulator.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An agent thread: who started it, where, and its prompts with their answers. Immutable; the store swaps whole
 * records. Status is derived from the latest turn at a given instant, so it needs no timer to advance.
 *
 * @param projectId the project the thread works in, or null for a standalone thread
 * @param title derived from the first prompt (Hex generates one; the emulator does not summarise)
 */
public record HexThread(UUID id, UUID userId, ThreadSource source, ThreadType type, UUID projectId, boolean muted,
        Instant createdAt, String title, List<Turn> turns) {

    public HexThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("A thread starts with a prompt");
        }
    }

    public Turn latestTurn() {
        return turns.get(turns.size() - 1);
    }

    public ThreadStatus status(Instant now) {
        Turn latest = latestTurn();
        if (!latest.isReady(now)) {
            return ThreadStatus.RUNNING;
        }
        return latest.answer().failed() ? ThreadStatus.ERROR : ThreadStatus.IDLE;
    }

    /** The latest turn's answer once it shows; empty while the thread is running. */
    public Optional<Answer> latestAnswer(Instant now) {
        Turn latest = latestTurn();
        return latest.isReady(now) ? Optional.of(latest.answer()) : Optional.empty();
    }

    public boolean ownedBy(UUID user) {
        return userId.equals(user);
    }

    HexThread withTurn(Turn turn) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(turn);
        return new HexThread(id, userId, source, type, projectId, muted, createdAt, title, next);
    }

    HexThread withAnswer(int turnIndex, Answer answer) {
        List<Turn> next = new ArrayList<>(turns);
        next.set(turnIndex, turns.get(turnIndex).withAnswer(answer));
        return new HexThread(id, userId, source, type, projectId, muted, createdAt, title, next);
    }
}
