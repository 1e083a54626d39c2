package dev.hexgate.emulator.threads.rest;

/** Warning types ListThreads filters on. The emulator raises no warnings, so such a filter matches nothing. */
enum ThreadWarningType {
    DATA_LIMITATION, USER_DOUBT, MISSING_CONTEXT, OTHER
}
