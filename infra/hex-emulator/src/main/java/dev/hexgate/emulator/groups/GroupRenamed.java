package dev.hexgate.emulator.groups;

/**
 * Published when a group's name changes. Project sharing refers to groups by name, so listeners keep those
 * references pointing at the group.
 */
public record GroupRenamed(String oldName, String newName) {
}
