package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.state.Resettable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every project run: the seeded history plus the runs clients started. Runs are immutable records; cancelling
 * swaps in a new record under the store's lock, so a cancel and a read never see half a change.
 */
@Component
public class RunStore implements Resettable {

    private final RunSetup setup;
    /** Insertion order breaks ties between runs submitted in the same millisecond. */
    private final Map<UUID, Run> byId = new LinkedHashMap<>();

    public RunStore(RunSetup setup) {
        this.setup = setup;
        reset();
    }

    public synchronized void add(Run run) {
        if (byId.putIfAbsent(run.runId(), run) != null) {
            throw new IllegalStateException("Run id already in use: " + run.runId());
        }
    }

    /** The run, if it exists and belongs to that project (a run id under another project is not found). */
    public synchronized Optional<Run> find(UUID projectId, UUID runId) {
        return Optional.ofNullable(byId.get(runId)).filter(r -> r.projectId().equals(projectId));
    }

    /** The project's runs, most recently submitted first. */
    public synchronized List<Run> ofProject(UUID projectId) {
        List<Run> runs = new ArrayList<>();
        byId.values().forEach(r -> {
            if (r.projectId().equals(projectId)) {
                runs.add(0, r);
            }
        });
        // Stable sort over the reversed insertion order: equal submit times stay newest-inserted first.
        runs.sort(Comparator.comparing(Run::submittedAt).reversed());
        return runs;
    }

    /**
     * Cancels the run at {@code now} if it is still PENDING or RUNNING. Returns the run as it was just before:
     * its status says whether the cancel happened (non-terminal) or was refused (terminal).
     */
    public synchronized Optional<RunSnapshot> cancel(UUID projectId, UUID runId, Instant now) {
        return find(projectId, runId).map(run -> {
            RunSnapshot before = run.at(now);
            if (!before.status().isTerminal()) {
                byId.put(runId, run.killed(now));
            }
            return before;
        });
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        setup.seededRuns().forEach(r -> byId.put(r.runId(), r));
    }
}
