package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ListProjectsSortTest extends EmulatorHttpTest {

    @Test
    void defaultsToMostRecentlyCreatedFirst() {
        JsonNode page = getOk(PROJECTS, "limit", "100");

        assertThat(ids(page)).isEqualTo(ids(getOk(PROJECTS, "limit", "100", "sortBy", "CREATED_AT",
                "sortDirection", "DESC")));
        assertThat(titles(page).get(0)).isEqualTo("Campaign ROI Explorer");
        assertThat(titles(page).get(titles(page).size() - 1)).isEqualTo("Revenue Dashboard");
    }

    @Test
    void ascendingIsTheReverseOfDescendingForCreatedAt() {
        List<String> desc = ids(getOk(PROJECTS, "limit", "100", "sortDirection", "DESC"));
        List<String> asc = new ArrayList<>(ids(getOk(PROJECTS, "limit", "100", "sortDirection", "ASC")));

        assertThat(asc).isNotEqualTo(desc);
        Collections.reverse(asc);
        assertThat(asc).isEqualTo(desc);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "CREATED_AT, DESC, createdAt",
        "CREATED_AT, ASC, createdAt",
        "LAST_EDITED_AT, DESC, lastEditedAt",
        "LAST_EDITED_AT, ASC, lastEditedAt",
        "LAST_PUBLISHED_AT, DESC, lastPublishedAt",
        "LAST_PUBLISHED_AT, ASC, lastPublishedAt"})
    void ordersByTheChosenTimestampWithUnsetOnesLast(String sortBy, String direction, String field) {
        List<JsonNode> projects = values(getOk(PROJECTS, "limit", "100", "sortBy", sortBy, "sortDirection", direction,
                "includeArchived", "true", "includeTrashed", "true", "includeComponents", "true"));

        List<Instant> keys = projects.stream()
                .map(p -> p.get(field).isNull() ? null : Instant.parse(p.get(field).asString()))
                .toList();
        Comparator<Instant> order = direction.equals("ASC") ? Comparator.naturalOrder() : Comparator.reverseOrder();
        assertThat(keys).hasSize(workspace.projects().size())
                .isSortedAccordingTo(Comparator.nullsLast(order));
        if (field.equals("lastPublishedAt")) {
            assertThat(keys).as("fixture has never-published projects").containsNull();
        }
    }

    @Test
    void lastEditedOrderDiffersFromCreatedOrder() {
        assertThat(ids(getOk(PROJECTS, "limit", "100", "sortBy", "LAST_EDITED_AT")))
                .isNotEqualTo(ids(getOk(PROJECTS, "limit", "100", "sortBy", "CREATED_AT")));
    }
}
