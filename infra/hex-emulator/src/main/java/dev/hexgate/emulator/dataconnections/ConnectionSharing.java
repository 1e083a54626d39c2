package dev.hexgate.emulator.dataconnections;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may use a connection: workspace members, guests, the public (published apps), and groups by id. Group
 * names are looked up when the connection is served, so renamed groups show their new name.
 */
public record ConnectionSharing(ConnectionAccess members, ConnectionAccess guests, ConnectionAccess publicAccess,
        Map<UUID, ConnectionAccess> groups) {

    public ConnectionSharing {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(guests, "guests");
        Objects.requireNonNull(publicAccess, "public");
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** A new connection is shared with nobody until told otherwise. */
    static ConnectionSharing nobody() {
        return new ConnectionSharing(ConnectionAccess.NONE, ConnectionAccess.NONE, ConnectionAccess.NONE, Map.of());
    }

    ConnectionSharing withWorkspace(ConnectionAccess newMembers, ConnectionAccess newGuests,
            ConnectionAccess newPublic) {
        return new ConnectionSharing(newMembers == null ? members : newMembers,
                newGuests == null ? guests : newGuests, newPublic == null ? publicAccess : newPublic, groups);
    }

    /** Grants or changes group access; {@code NONE} removes the group. */
    ConnectionSharing withGroups(Map<UUID, ConnectionAccess> changes) {
        Map<UUID, ConnectionAccess> merged = new LinkedHashMap<>(groups);
        changes.forEach((id, access) -> {
            if (access == ConnectionAccess.NONE) {
                merged.remove(id);
            } else {
                merged.put(id, access);
            }
        });
        return new ConnectionSharing(members, guests, publicAccess, merged);
    }

    ConnectionSharing withoutGroup(UUID groupId) {
        Map<UUID, ConnectionAccess> remaining = new LinkedHashMap<>(groups);
        remaining.remove(groupId);
        return new ConnectionSharing(members, guests, publicAccess, remaining);
    }
}
