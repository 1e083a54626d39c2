package dev.hexgate.hexclient.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A Hex project as {@code GET /v1/projects/{id}} returns it. Field names are Hex's; timestamps stay the strings Hex
 * sent so that passing them on changes nothing. {@code sharing} is present only when asked for.
 */
public record Project(
        String id,
        String title,
        String description,
        String type,
        Email creator,
        Email owner,
        Status status,
        List<Category> categories,
        Reviews reviews,
        Analytics analytics,
        String lastEditedAt,
        String lastPublishedAt,
        String createdAt,
        String archivedAt,
        String trashedAt,
        List<Schedule> schedules,
        @JsonInclude(JsonInclude.Include.NON_NULL) Sharing sharing) {

    public record Email(String email) {
    }

    public record Status(String name) {
    }

    public record Category(String name, String description) {
    }

    public record Reviews(boolean required) {
    }

    public record Analytics(AppViews appViews, String lastViewedAt, String publishedResultsUpdatedAt) {
    }

    public record AppViews(int allTime, int lastSevenDays, int lastFourteenDays, int lastThirtyDays) {
    }

    /** One schedule; of the five cadence objects only the one matching {@code cadence} is non-null. */
    public record Schedule(String cadence, boolean enabled, ScheduleTime hourly, ScheduleTime daily,
            ScheduleTime weekly, ScheduleTime monthly, ScheduleTime custom) {
    }

    /** The union of the cadence objects' fields; each cadence uses a subset, the rest are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleTime(String timezone, Integer minute, Integer hour, String dayOfWeek, Integer day,
            String cron) {
    }

    /** Read-side sharing names people by email and groups and collections by name, not by id. */
    public record Sharing(List<UserAccess> users, List<CollectionAccess> collections, List<GroupAccess> groups,
            Access workspace, Access publicWeb, Access support) {
    }

    public record UserAccess(Email user, String access) {
    }

    public record CollectionAccess(Named collection, String access) {
    }

    public record GroupAccess(Named group, String access) {
    }

    public record Named(String name) {
    }

    public record Access(String access) {
    }
}
