package dev.hexgate.emulator.projects;

/** ListProjects {@code sortDirection}; Hex documents "most recently created first", so DESC is the default. */
public enum SortDirection {
    DESC, ASC
}
