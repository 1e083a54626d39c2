package dev.hexgate.emulator.threads;

/** A thread's state as Hex reports it; only {@code IDLE} means "finished, ready for a follow-up". */
public enum ThreadStatus {
    RUNNING, IDLE, ERROR
}
