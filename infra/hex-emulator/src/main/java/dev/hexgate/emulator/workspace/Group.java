package dev.hexgate.emulator.workspace;

import java.util.Objects;
import java.util.UUID;

/** A user group; projects are shared with groups by name on the read side. */
public record Group(UUID id, String name) {
    public Group {
        Objects.requireNonNull(id, "group.id");
        Objects.requireNonNull(name, "group.name");
    }
}
