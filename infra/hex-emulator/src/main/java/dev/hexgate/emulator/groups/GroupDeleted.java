package dev.hexgate.emulator.groups;

import java.util.UUID;

/** Published when a group is deleted, so whatever was shared with it stops naming it. */
public record GroupDeleted(UUID id, String name) {
}
