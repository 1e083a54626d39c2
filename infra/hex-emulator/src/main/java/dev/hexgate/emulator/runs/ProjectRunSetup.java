package dev.hexgate.emulator.runs;

import java.util.List;
import java.util.Optional;

/** How one project behaves when run: its published version, how runs end, its app's inputs and saved views. */
public record ProjectRunSetup(
        int projectVersion, RunOutcome outcome, List<PublishedInput> inputs, List<SavedView> savedViews) {

    /** What a published project not listed in the fixture gets: version 1, no inputs, runs that complete. */
    static final ProjectRunSetup DEFAULT = new ProjectRunSetup(1, RunOutcome.COMPLETED, List.of(), List.of());

    public ProjectRunSetup {
        inputs = List.copyOf(inputs);
        savedViews = List.copyOf(savedViews);
    }

    Optional<PublishedInput> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    boolean hasSavedView(String viewId) {
        return savedViews.stream().anyMatch(v -> v.id().equals(viewId));
    }
}
