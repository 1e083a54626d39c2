package dev.hexgate.emulator.cells;

import dev.hexgate.emulator.state.Resettable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The long-lived draft notebook session per project that GetCellOutput's {@code runId} names. Hex keeps one
 * session per draft, so the id stays the same across output requests; a reset starts new sessions.
 */
@Component
class DraftSessions implements Resettable {

    private final Map<UUID, UUID> runIdByProject = new ConcurrentHashMap<>();

    UUID runId(UUID projectId) {
        return runIdByProject.computeIfAbsent(projectId, k -> UUID.randomUUID());
    }

    @Override
    public void reset() {
        runIdByProject.clear();
    }
}
