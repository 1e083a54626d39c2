package dev.hexgate.emulator.runs;

/** How a run was started. Runs started through RunProject are always {@code API}; the others come from the seed. */
public enum RunTrigger {
    API, SCHEDULED, APP_REFRESH
}
