package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.workspace.User;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Resolves a thread-id argument to one of the caller's threads; anything else is "not found". */
@Component
class ThreadLookup {

    private final ThreadEngine engine;

    ThreadLookup(ThreadEngine engine) {
        this.engine = engine;
    }

    UUID id(String threadId) {
        try {
            return UUID.fromString(threadId.strip());
        } catch (IllegalArgumentException e) {
            throw notFound(threadId);
        }
    }

    HexThread ownThread(User caller, String threadId) {
        return engine.findOwned(id(threadId), caller.id()).orElseThrow(() -> notFound(threadId));
    }

    static InvalidToolCallException notFound(String threadId) {
        return new InvalidToolCallException("Thread " + threadId + " not found.");
    }
}
