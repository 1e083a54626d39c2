package dev.hexgate.emulator.threads;

import java.util.Objects;
import java.util.Optional;

/**
 * What the emulated agent concluded for one prompt: either a text (optionally with a table of rows) or an
 * {@link ThreadError}, which puts the thread in {@code ERROR}.
 */
public record Answer(String text, ResultTable table, ThreadError error) {

    public Answer {
        if ((text == null) == (error == null)) {
            throw new IllegalArgumentException("An answer has either a text or an error");
        }
    }

    public static Answer text(String text) {
        return new Answer(Objects.requireNonNull(text), null, null);
    }

    public static Answer withTable(String text, ResultTable table) {
        return new Answer(Objects.requireNonNull(text), Objects.requireNonNull(table), null);
    }

    public static Answer failed(ThreadError error) {
        return new Answer(null, null, Objects.requireNonNull(error));
    }

    public boolean failed() {
        return error != null;
    }

    public Optional<ResultTable> optionalTable() {
        return Optional.ofNullable(table);
    }
}
