package dev.hexgate.emulator.threads;

/**
 * The kind of agent thread. Standalone threads are {@code THREADS}; a thread started against a project (or a new
 * one) works in a notebook, so it is {@code NOTEBOOK}. The emulator never creates {@code MODELING} threads.
 */
public enum ThreadType {
    THREADS, NOTEBOOK, MODELING
}
