package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.workspace.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ListProjectsPagingTest extends EmulatorHttpTest {

    private static final String[] INCLUDE_ALL = {
        "includeArchived", "true", "includeComponents", "true", "includeTrashed", "true"};

    @Test
    void firstPageUsesTheDefaultLimitOf25AndHasNoCursorsWhenEverythingFits() {
        int visible = visibleByDefault().size();
        assertThat(visible).as("fixture: live projects").isEqualTo(17);

        JsonNode page = getOk(PROJECTS);

        assertThat(values(page)).hasSize(Math.min(25, visible));
        assertThat(page.get("pagination").has("after")).isTrue();
        assertThat(page.get("pagination").has("before")).isTrue();
        assertThat(page.get("pagination").get("after").isNull()).isTrue();
        assertThat(page.get("pagination").get("before").isNull()).isTrue();
    }

    @Test
    void limitCapsThePageAndOffersAnAfterCursor() {
        JsonNode page = getOk(PROJECTS, "limit", "5");

        assertThat(values(page)).hasSize(5);
        assertThat(page.at("/pagination/after").isString()).isTrue();
        assertThat(page.at("/pagination/before").isNull()).isTrue();
    }

    @Test
    void pagingForwardVisitsEveryVisibleProjectOnceAndPagingBackRetracesThePages() {
        List<String> expected = visibleByDefault().stream()
                .sorted(Comparator.comparing(Project::createdAt)
                        .thenComparing(p -> p.id().toString()).reversed())
                .map(p -> p.id().toString())
                .toList();

        List<JsonNode> forward = walkForward(5);
        List<String> seen = forward.stream().flatMap(p -> ids(p).stream()).toList();
        assertThat(seen).as("newest created first, no gaps, no duplicates").containsExactlyElementsOf(expected);
        assertThat(forward).extracting(p -> values(p).size()).containsExactly(5, 5, 5, 2);
        assertThat(forward.get(0).at("/pagination/before").isNull()).isTrue();
        assertThat(forward.get(forward.size() - 1).at("/pagination/after").isNull()).isTrue();

        List<JsonNode> backward = walkBackward(forward.get(forward.size() - 1), 5);
        assertThat(backward).hasSize(forward.size() - 1);
        for (int i = 0; i < backward.size(); i++) {
            JsonNode expectedPage = forward.get(forward.size() - 2 - i);
            assertThat(ids(backward.get(i))).isEqualTo(ids(expectedPage));
            assertThat(backward.get(i).get("pagination")).isEqualTo(expectedPage.get("pagination"));
        }
    }

    static Stream<Arguments> orders() {
        return Stream.of(SortBy.values()).flatMap(by -> Stream.of(SortDirection.values())
                .map(direction -> Arguments.of(by.name(), direction.name())));
    }

    /** Covers ties (two projects share a createdAt) and null keys (never-published projects). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("orders")
    void smallPagesMatchOneBigPageInEveryOrder(String sortBy, String direction) {
        JsonNode all = getOk(PROJECTS, with("limit", "100", "sortBy", sortBy, "sortDirection", direction));
        assertThat(values(all)).hasSize(workspace.projects().size());

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = after == null
                    ? getOk(PROJECTS, with("limit", "3", "sortBy", sortBy, "sortDirection", direction))
                    : getOk(PROJECTS, with("limit", "3", "sortBy", sortBy, "sortDirection", direction, "after", after));
            paged.addAll(ids(page));
            after = page.at("/pagination/after").isNull() ? null : page.at("/pagination/after").asString();
        } while (after != null);

        assertThat(paged).containsExactlyElementsOf(ids(all));
    }

    private List<JsonNode> walkForward(int limit) {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = getOk(PROJECTS, "limit", String.valueOf(limit));
        pages.add(page);
        while (!page.at("/pagination/after").isNull()) {
            assertThat(pages).as("runaway paging").hasSizeLessThan(50);
            page = getOk(PROJECTS, "limit", String.valueOf(limit), "after", page.at("/pagination/after").asString());
            pages.add(page);
        }
        return pages;
    }

    private List<JsonNode> walkBackward(JsonNode from, int limit) {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = from;
        while (!page.at("/pagination/before").isNull()) {
            assertThat(pages).as("runaway paging").hasSizeLessThan(50);
            page = getOk(PROJECTS, "limit", String.valueOf(limit), "before", page.at("/pagination/before").asString());
            pages.add(page);
        }
        return pages;
    }

    private static String[] with(String... params) {
        return Stream.concat(Stream.of(INCLUDE_ALL), Stream.of(params)).toArray(String[]::new);
    }
}
