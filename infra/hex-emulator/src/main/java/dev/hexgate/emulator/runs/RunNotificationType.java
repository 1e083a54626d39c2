package dev.hexgate.emulator.runs;

/** When a run notification is delivered: on success, on failure, or always. */
public enum RunNotificationType {
    SUCCESS, FAILURE, ALL
}
