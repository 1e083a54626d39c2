package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.workspace.Project;
import java.time.Instant;
import java.util.Comparator;

/**
 * A total order over projects for one {@code sortBy}/{@code sortDirection}: by the timestamp, missing
 * timestamps last, then by id so equal timestamps still page deterministically.
 */
record ProjectOrder(SortBy sortBy, SortDirection direction) {

    static final ProjectOrder DEFAULT = new ProjectOrder(SortBy.CREATED_AT, SortDirection.DESC);

    /** A point in the order: what a cursor remembers about the project it was taken from. */
    record Position(Instant key, String id) {
    }

    Position positionOf(Project project) {
        return new Position(sortBy.keyOf(project), project.id().toString());
    }

    Comparator<Position> positions() {
        Comparator<Instant> keys = direction == SortDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<String> ids = direction == SortDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(Position::key, Comparator.nullsLast(keys)).thenComparing(Position::id, ids);
    }

    Comparator<Project> projects() {
        return Comparator.comparing(this::positionOf, positions());
    }
}
