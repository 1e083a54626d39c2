package dev.hexgate.emulator.threads;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator-only prompt marker {@code [emulator:running 90s]} that keeps one turn RUNNING for that long instead
 * of {@code Timings.threadRunning()}. It lets a test have one slow thread (to outlive a caller's timeout) while
 * every other thread on a shared emulator keeps the usual timing. Real Hex has no such marker.
 */
final class RunningMarker {

    private static final Pattern MARKER = Pattern.compile("\\[emulator:running\\s+(\\d{1,5})s\\s*]",
            Pattern.CASE_INSENSITIVE);

    private RunningMarker() {
    }

    /** The running time a marker in {@code prompt} asks for, in whole seconds. */
    static Optional<Duration> find(String prompt) {
        Matcher matcher = MARKER.matcher(prompt);
        return matcher.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }
}
