package dev.hexgate.emulator.threads;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator-only prompt marker {@code [emulator:error TYPE]} that makes a thread end in {@code ERROR} with
 * {@code TYPE}, so clients can exercise their error path without a misbehaving agent. Real Hex has no such marker.
 */
final class ErrorMarker {

    private static final Pattern MARKER = Pattern.compile("\\[emulator:error\\s+([A-Za-z_]+)\\s*]",
            Pattern.CASE_INSENSITIVE);

    private ErrorMarker() {
    }

    /**
     * The error a marker in {@code prompt} asks for. An unknown type still fails the thread (the prompt clearly
     * wanted an error) but as {@code INVALID_REQUEST}, with a message listing the valid types.
     */
    static Optional<ThreadError> find(String prompt, ThreadRules rules) {
        Matcher matcher = MARKER.matcher(prompt);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toUpperCase(Locale.ROOT);
        try {
            ThreadErrorType type = ThreadErrorType.valueOf(name);
            return Optional.of(new ThreadError(type, rules.errorMessage(type)));
        } catch (IllegalArgumentException e) {
            return Optional.of(new ThreadError(ThreadErrorType.INVALID_REQUEST,
                    "Unknown emulator error marker type '" + name + "'; use one of "
                            + Arrays.toString(ThreadErrorType.values()) + "."));
        }
    }
}
