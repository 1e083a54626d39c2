package dev.hexgate.emulator.threads;

import java.util.Objects;
import java.util.UUID;

/**
 * A request to start a thread.
 *
 * @param projectId the project the thread works in, or null for a standalone thread
 */
public record NewThread(UUID userId, String prompt, ThreadSource source, UUID projectId, boolean muted) {
    public NewThread {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(source, "source");
    }

    public static NewThread standalone(UUID userId, String prompt, ThreadSource source) {
        return new NewThread(userId, prompt, source, null, false);
    }
}
