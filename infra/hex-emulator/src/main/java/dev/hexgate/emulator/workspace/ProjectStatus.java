package dev.hexgate.emulator.workspace;

import java.util.Objects;

/** A workspace-defined project status, e.g. "In development"; Hex identifies statuses by name. */
public record ProjectStatus(String name) {
    public ProjectStatus {
        Objects.requireNonNull(name, "status.name");
    }
}
