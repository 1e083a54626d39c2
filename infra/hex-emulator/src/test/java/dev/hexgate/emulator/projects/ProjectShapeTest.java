package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every served project carries every key of Hex's Project shape, nullable ones as explicit nulls. */
class ProjectShapeTest extends EmulatorHttpTest {

    private static final List<String> REQUIRED = List.of("id", "title", "description", "type", "creator", "owner",
            "status", "categories", "reviews", "analytics", "lastEditedAt", "lastPublishedAt", "createdAt",
            "archivedAt", "trashedAt", "schedules");
    private static final Set<String> NULLABLE = Set.of("description", "status", "lastPublishedAt", "archivedAt",
            "trashedAt");
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final List<String> CADENCES = List.of("hourly", "daily", "weekly", "monthly", "custom");

    @Test
    void listedProjectsHaveTheFullShape() {
        List<JsonNode> projects = values(getOk(PROJECTS, "limit", "100", "includeArchived", "true",
                "includeComponents", "true", "includeTrashed", "true", "includeSharing", "true"));

        assertThat(projects).hasSize(workspace.projects().size());
        projects.forEach(ProjectShapeTest::assertFullShape);
        projects.forEach(p -> assertSharingShape(p.get("sharing")));
    }

    @Test
    void fetchedProjectsHaveTheFullShape() {
        workspace.projects().forEach(p -> assertFullShape(getOk(PROJECTS + "/" + p.id())));
    }

    @Test
    void fixtureExercisesEveryNullableFieldBothWays() {
        List<JsonNode> projects = values(getOk(PROJECTS, "limit", "100", "includeArchived", "true",
                "includeComponents", "true", "includeTrashed", "true"));

        for (String field : NULLABLE) {
            assertThat(projects).as(field).anySatisfy(p -> assertThat(p.get(field).isNull()).isTrue());
            assertThat(projects).as(field).anySatisfy(p -> assertThat(p.get(field).isNull()).isFalse());
        }
        assertThat(projects).extracting(p -> p.get("type").asString()).contains("PROJECT", "COMPONENT");
        assertThat(projects).flatExtracting(p -> toList(p.get("schedules")))
                .extracting(s -> s.get("cadence").asString())
                .contains("HOURLY", "DAILY", "WEEKLY", "MONTHLY", "CUSTOM");
    }

    private static void assertFullShape(JsonNode p) {
        String title = p.path("title").asString();
        assertThat(p.propertyNames()).as(title).containsAll(REQUIRED);
        for (String key : REQUIRED) {
            if (!NULLABLE.contains(key)) {
                assertThat(p.get(key).isNull()).as("%s.%s", title, key).isFalse();
            }
        }
        assertThat(p.get("id").asString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(p.get("type").asString()).isIn("PROJECT", "COMPONENT");
        assertThat(p.at("/creator/email").asString()).contains("@");
        assertThat(p.at("/owner/email").asString()).contains("@");
        if (!p.get("status").isNull()) {
            assertThat(p.at("/status/name").isString()).isTrue();
        }
        toList(p.get("categories")).forEach(c ->
                assertThat(c.propertyNames()).containsExactlyInAnyOrder("name", "description"));
        assertThat(p.at("/reviews/required").isBoolean()).isTrue();
        assertThat(p.get("analytics").propertyNames())
                .containsExactlyInAnyOrder("appViews", "lastViewedAt", "publishedResultsUpdatedAt");
        assertThat(p.at("/analytics/appViews").propertyNames())
                .containsExactlyInAnyOrder("allTime", "lastSevenDays", "lastFourteenDays", "lastThirtyDays");
        for (String ts : List.of("lastEditedAt", "lastPublishedAt", "createdAt", "archivedAt", "trashedAt")) {
            if (!p.get(ts).isNull()) {
                assertThat(p.get(ts).asString()).as("%s.%s", title, ts).matches(TIMESTAMP);
            }
        }
        toList(p.get("schedules")).forEach(s -> {
            assertThat(s.propertyNames()).containsExactlyInAnyOrder("cadence", "enabled", "hourly", "daily",
                    "weekly", "monthly", "custom");
            String active = s.get("cadence").asString().toLowerCase();
            for (String cadence : CADENCES) {
                assertThat(s.get(cadence).isNull()).as("%s schedule %s", title, cadence)
                        .isEqualTo(!cadence.equals(active));
            }
        });
    }

    private static void assertSharingShape(JsonNode sharing) {
        assertThat(sharing.propertyNames())
                .containsExactlyInAnyOrder("users", "collections", "groups", "workspace", "publicWeb", "support");
        toList(sharing.get("users")).forEach(u -> assertThat(u.at("/user/email").isString()).isTrue());
        toList(sharing.get("collections")).forEach(c -> assertThat(c.at("/collection/name").isString()).isTrue());
        toList(sharing.get("groups")).forEach(g -> assertThat(g.at("/group/name").isString()).isTrue());
        for (String audience : List.of("workspace", "publicWeb", "support")) {
            assertThat(sharing.at("/" + audience + "/access").asString())
                    .isIn("NONE", "APP_ONLY", "CAN_VIEW", "CAN_EDIT", "FULL_ACCESS");
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
