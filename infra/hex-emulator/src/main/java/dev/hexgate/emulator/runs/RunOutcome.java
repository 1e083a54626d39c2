package dev.hexgate.emulator.runs;

/**
 * How a project's runs end when nobody cancels them, configured per project in {@code fixtures/runs.json}.
 * A run that cannot get a kernel never starts: it goes from PENDING straight to UNABLE_TO_ALLOCATE_KERNEL.
 */
public enum RunOutcome {
    COMPLETED, ERRORED, UNABLE_TO_ALLOCATE_KERNEL;

    RunStatus status() {
        return RunStatus.valueOf(name());
    }
}
