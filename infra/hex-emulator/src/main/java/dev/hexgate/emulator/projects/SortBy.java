package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.workspace.Project;
import java.time.Instant;
import java.util.function.Function;

/** ListProjects {@code sortBy} values and the timestamp each one orders by. */
public enum SortBy {
    CREATED_AT(Project::createdAt),
    LAST_EDITED_AT(Project::lastEditedAt),
    /** Nullable: never-published projects have no key and sort last in either direction. */
    LAST_PUBLISHED_AT(Project::lastPublishedAt);

    private final Function<Project, Instant> key;

    SortBy(Function<Project, Instant> key) {
        this.key = key;
    }

    Instant keyOf(Project project) {
        return key.apply(project);
    }
}
