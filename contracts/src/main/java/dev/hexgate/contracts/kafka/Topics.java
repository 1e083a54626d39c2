package dev.hexgate.contracts.kafka;

import java.time.Duration;

/** Topic names (DESIGN.md §4). Keys are noted per topic because ordering depends on them. */
public final class Topics {

    /** {@code CommandRequested}, keyed by user key. */
    public static final String COMMANDS = "hexgate.commands";
    /** {@code CommandCompleted} and {@code CommandFailed}, keyed by command id. */
    public static final String COMMAND_RESULTS = "hexgate.command-results";
    /** {@code ThreadStarted}, {@code ThreadProgressed}, {@code ThreadFinished}, keyed by thread id. */
    public static final String THREADS = "hexgate.threads";
    /** {@code AuthorizationGranted} and {@code CredentialRevoked}, keyed by user key. */
    public static final String AUTH = "hexgate.auth";
    /** {@code AuditRecorded}, keyed by target id. */
    public static final String AUDIT = "hexgate.audit";

    private static final String THREAD_POLLS_PREFIX = "hexgate.thread-polls.";
    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The delay topic for polls that fall due after {@code delay}, e.g. {@code hexgate.thread-polls.20s}. */
    public static String threadPolls(Duration delay) {
        return THREAD_POLLS_PREFIX + delay.toSeconds() + "s";
    }

    /** Where a consumer of {@code topic} parks records it cannot process. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
