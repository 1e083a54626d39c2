package dev.hexgate.emulator.workspace;

import java.util.Objects;
import java.util.UUID;

/**
 * A Hex collection. A project belongs to a collection when it is shared with it, so membership lives in
 * {@link Sharing#collections()}, not here. (Named to avoid clashing with {@code java.util.Collection}.)
 */
public record HexCollection(UUID id, String name, String description) {
    public HexCollection {
        Objects.requireNonNull(id, "collection.id");
        Objects.requireNonNull(name, "collection.name");
    }
}
