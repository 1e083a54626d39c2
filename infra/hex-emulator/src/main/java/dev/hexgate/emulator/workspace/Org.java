package dev.hexgate.emulator.workspace;

import java.util.Objects;
import java.util.UUID;

/** The Hex organisation (workspace) every seeded object belongs to. */
public record Org(UUID id, String name) {
    public Org {
        Objects.requireNonNull(id, "org.id");
        Objects.requireNonNull(name, "org.name");
    }
}
