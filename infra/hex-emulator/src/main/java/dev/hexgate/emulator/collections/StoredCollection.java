package dev.hexgate.emulator.collections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.UUID;

/**
 * A collection as Hex serves it (CollectionApiResource). {@code description} and {@code creator} are optional in
 * Hex's shape and left out when unknown (seeded collections made before the emulator knew creators have none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredCollection(UUID id, String name, String description, Creator creator,
        CollectionSharing sharing) {

    public StoredCollection {
        Objects.requireNonNull(id, "collection.id");
        Objects.requireNonNull(name, "collection.name");
        Objects.requireNonNull(sharing, "collection.sharing");
    }

    public record Creator(String email, UUID id) {
    }

    StoredCollection with(String newName, String newDescription, CollectionSharing newSharing) {
        return new StoredCollection(id, newName, newDescription, creator, newSharing);
    }
}
