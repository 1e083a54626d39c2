package dev.hexgate.emulator.groups;

import dev.hexgate.emulator.workspace.Group;
import java.time.Instant;
import java.util.UUID;

/** A group as GetGroup, EditGroup and ListGroups serve it: no members (those come from ListUsers?groupId). */
record GroupResource(UUID id, String name, Instant createdAt) {

    static GroupResource of(Group group) {
        return new GroupResource(group.id(), group.name(), group.createdAt());
    }
}
