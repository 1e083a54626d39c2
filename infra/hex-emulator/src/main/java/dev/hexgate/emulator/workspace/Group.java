package dev.hexgate.emulator.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user group. Projects are shared with groups by name on the read side; {@code members} are user emails (the
 * fixture's way of naming users) and are not part of Hex's group shape: membership is served by
 * {@code GET /v1/users?groupId=...}.
 */
public record Group(UUID id, String name, Instant createdAt, List<String> members) {
    public Group {
        Objects.requireNonNull(id, "group.id");
        Objects.requireNonNull(name, "group.name");
        Objects.requireNonNull(createdAt, "group.createdAt");
        members = List.copyOf(members);
    }
}
