package dev.hexgate.emulator.runs;

import java.util.Objects;

/** A saved view of a published app; RunProject's {@code viewId} runs the project with the view's inputs. */
public record SavedView(String id, String name) {

    public SavedView {
        Objects.requireNonNull(id, "savedView.id");
        Objects.requireNonNull(name, "savedView.name");
    }
}
