package dev.hexgate.emulator.workspace;

/** Project access levels. {@code APP_ONLY} is "Can view app" in the UI, {@code CAN_VIEW} is "Can explore". */
public enum Access {
    NONE, APP_ONLY, CAN_VIEW, CAN_EDIT, FULL_ACCESS
}
