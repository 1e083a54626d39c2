package dev.hexgate.emulator.runs;

/** Hex's run statuses. PENDING and RUNNING are the only ones a run can leave (or be cancelled in). */
public enum RunStatus {
    PENDING, RUNNING, ERRORED, COMPLETED, KILLED, UNABLE_TO_ALLOCATE_KERNEL;

    public boolean isTerminal() {
        return this != PENDING && this != RUNNING;
    }
}
