package dev.hexgate.emulator.workspace;

import java.util.Objects;

/** A workspace-defined project category; {@code description} is nullable on the wire. */
public record Category(String name, String description) {
    public Category {
        Objects.requireNonNull(name, "category.name");
    }
}
