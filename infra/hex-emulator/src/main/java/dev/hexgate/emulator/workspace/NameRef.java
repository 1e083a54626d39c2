package dev.hexgate.emulator.workspace;

import java.util.Objects;

/** How read-side sharing refers to collections and groups: by name, not id. */
public record NameRef(String name) {
    public NameRef {
        Objects.requireNonNull(name, "name");
    }
}
