package dev.hexgate.emulator.state;

/**
 * Something holding mutable emulator state that {@code POST /_emulator/reset} puts back to its seeded form.
 * Every store implements it, so a reset never needs to know which features exist.
 */
public interface Resettable {

    /** Drops everything created or changed since start (or the last reset) and reloads the seed. */
    void reset();
}
