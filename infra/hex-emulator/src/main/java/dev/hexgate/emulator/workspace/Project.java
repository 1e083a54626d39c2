package dev.hexgate.emulator.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A Hex project exactly as the REST API serves it. Nullable fields stay in the JSON as explicit nulls, because
 * Hex declares them required-but-nullable; only {@code sharing} is left out, and only when the caller did not
 * ask for it (see {@link #withoutSharing()}).
 */
public record Project(
        UUID id,
        String title,
        String description,
        ProjectType type,
        EmailRef creator,
        EmailRef owner,
        ProjectStatus status,
        List<Category> categories,
        Reviews reviews,
        Analytics analytics,
        Instant lastEditedAt,
        Instant lastPublishedAt,
        Instant createdAt,
        Instant archivedAt,
        Instant trashedAt,
        List<Schedule> schedules,
        @JsonInclude(JsonInclude.Include.NON_NULL) Sharing sharing) {

    public Project {
        Objects.requireNonNull(id, "project.id");
        Objects.requireNonNull(title, "project.title");
        Objects.requireNonNull(type, "project.type");
        Objects.requireNonNull(creator, "project.creator");
        Objects.requireNonNull(owner, "project.owner");
        categories = List.copyOf(categories);
        Objects.requireNonNull(reviews, "project.reviews");
        Objects.requireNonNull(analytics, "project.analytics");
        Objects.requireNonNull(lastEditedAt, "project.lastEditedAt");
        Objects.requireNonNull(createdAt, "project.createdAt");
        schedules = List.copyOf(schedules);
    }

    @JsonIgnore // helper, not part of Hex's shape
    public boolean isArchived() {
        return archivedAt != null;
    }

    @JsonIgnore // helper, not part of Hex's shape
    public boolean isTrashed() {
        return trashedAt != null;
    }

    @JsonIgnore // helper, not part of Hex's shape
    public boolean isComponent() {
        return type == ProjectType.COMPONENT;
    }

    /** The same project as served without {@code includeSharing=true}. */
    public Project withoutSharing() {
        return new Project(id, title, description, type, creator, owner, status, categories, reviews, analytics,
                lastEditedAt, lastPublishedAt, createdAt, archivedAt, trashedAt, schedules, null);
    }
}
