package dev.hexgate.emulator.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.workspace.HexCollection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Expected titles are pinned to the seeded fixture on purpose: a silent change to either should fail here. */
class ListProjectsFilterTest extends EmulatorHttpTest {

    private static final String MAYA = "maya.okafor@fernbrook.example";
    private static final String DANIEL = "daniel.reyes@fernbrook.example";

    @Test
    void byDefaultHidesArchivedTrashedAndComponents() {
        List<String> titles = titles(getOk(PROJECTS, "limit", "100"));

        assertThat(titles).containsExactlyInAnyOrderElementsOf(titlesOf(visibleByDefault()))
                .doesNotContain("Q3 2024 Planning Model", "Legacy Revenue Report (v1)", "Scratch: SQL Sandbox",
                        "Fiscal Calendar Helpers", "Standard KPI Tiles");
    }

    @Test
    void includeArchivedAddsTheArchivedProjects() {
        assertThat(addedBy("includeArchived"))
                .containsExactlyInAnyOrder("Q3 2024 Planning Model", "Legacy Revenue Report (v1)");
    }

    @Test
    void includeComponentsAddsTheComponents() {
        assertThat(addedBy("includeComponents"))
                .containsExactlyInAnyOrder("Fiscal Calendar Helpers", "Standard KPI Tiles");
    }

    @Test
    void includeTrashedAddsTheTrashedProject() {
        assertThat(addedBy("includeTrashed")).containsExactly("Scratch: SQL Sandbox");
    }

    @Test
    void explicitFalseIsTheDefault() {
        assertThat(titles(getOk(PROJECTS, "limit", "100", "includeArchived", "false", "includeTrashed", "false")))
                .containsExactlyInAnyOrderElementsOf(titlesOf(visibleByDefault()));
    }

    @Test
    void includeSharingAddsSharingToEveryProject() {
        List<JsonNode> without = values(getOk(PROJECTS, "limit", "100"));
        List<JsonNode> with = values(getOk(PROJECTS, "limit", "100", "includeSharing", "true"));

        assertThat(without).allSatisfy(p -> assertThat(p.has("sharing")).isFalse());
        assertThat(with).hasSameSizeAs(without)
                .allSatisfy(p -> assertThat(p.get("sharing").get("workspace").get("access").isString()).isTrue());
        JsonNode revenue = with.stream().filter(p -> p.get("title").asString().equals("Revenue Dashboard"))
                .findFirst().orElseThrow();
        assertThat(revenue.at("/sharing/collections/0/collection/name").asString()).isEqualTo("Executive Reporting");
    }

    @Test
    void statusesMatchesStatusNames() {
        assertThat(titles(getOk(PROJECTS, "statuses", "Endorsed"))).containsExactlyInAnyOrder(
                "Revenue Dashboard", "Marketing Attribution", "Weekly Active Users", "Cohort Retention Explorer",
                "Board Metrics Pack", "Funnel Conversion Tracker", "NPS Survey Insights");
    }

    @Test
    void statusesAcceptsRepeatedAndCommaJoinedValues() {
        List<String> repeated = titles(getOk(PROJECTS, "statuses", "In development", "statuses", "Deprecated"));
        List<String> joined = titles(getOk(PROJECTS, "statuses", "In development,Deprecated"));

        assertThat(repeated).containsExactlyInAnyOrder("Customer Lifetime Value Model", "Inventory Health",
                "Pricing Experiment Readout", "Onboarding Activation", "Data Quality Monitor");
        assertThat(joined).isEqualTo(repeated);
    }

    @Test
    void categoriesMatchesAnyOfTheProjectsCategories() {
        assertThat(titles(getOk(PROJECTS, "categories", "Executive"))).containsExactlyInAnyOrder(
                "Revenue Dashboard", "Weekly Active Users", "Board Metrics Pack", "NPS Survey Insights");
        assertThat(titles(getOk(PROJECTS, "categories", "Operations", "categories", "Executive")))
                .containsExactlyInAnyOrder("Revenue Dashboard", "Weekly Active Users", "Board Metrics Pack",
                        "NPS Survey Insights", "Support Ticket Triage", "Inventory Health", "Data Quality Monitor");
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(titles(getOk(PROJECTS, "statuses", "Endorsed", "categories", "Finance")))
                .containsExactlyInAnyOrder("Revenue Dashboard", "Board Metrics Pack");
    }

    @Test
    void creatorEmailMatchesCaseInsensitively() {
        assertThat(titles(getOk(PROJECTS, "creatorEmail", MAYA)))
                .containsExactlyInAnyOrder("Board Metrics Pack", "Data Quality Monitor");
        assertThat(titles(getOk(PROJECTS, "creatorEmail", MAYA.toUpperCase())))
                .containsExactlyInAnyOrder("Board Metrics Pack", "Data Quality Monitor");
    }

    @Test
    void ownerEmailMatchesTheOwnerNotTheCreator() {
        assertThat(titles(getOk(PROJECTS, "ownerEmail", DANIEL))).containsExactlyInAnyOrder(
                "Revenue Dashboard", "Weekly Active Users", "Inventory Health", "Finance Close Checklist",
                "NPS Survey Insights");
        assertThat(titles(getOk(PROJECTS, "creatorEmail", DANIEL))).containsExactlyInAnyOrder(
                "Weekly Active Users", "Sales Pipeline Forecast", "Finance Close Checklist", "Campaign ROI Explorer");
    }

    @Test
    void collectionIdMatchesProjectsSharedWithThatCollection() {
        HexCollection finance = collectionNamed("Finance");

        assertThat(titles(getOk(PROJECTS, "collectionId", finance.id().toString()))).containsExactlyInAnyOrder(
                "Revenue Dashboard", "Sales Pipeline Forecast", "Finance Close Checklist");
        assertThat(titles(getOk(PROJECTS, "collectionId", finance.id().toString(), "includeArchived", "true")))
                .contains("Q3 2024 Planning Model");
    }

    @Test
    void unknownFilterValuesMatchNothing() {
        assertThat(values(getOk(PROJECTS, "statuses", "No such status"))).isEmpty();
        assertThat(values(getOk(PROJECTS, "collectionId", "00000000-0000-4000-8000-000000000000"))).isEmpty();
        assertThat(values(getOk(PROJECTS, "ownerEmail", "nobody@fernbrook.example"))).isEmpty();
        JsonNode empty = getOk(PROJECTS, "categories", "Astrology");
        assertThat(empty.at("/pagination/after").isNull()).isTrue();
        assertThat(empty.at("/pagination/before").isNull()).isTrue();
    }

    /** Titles that appear only when {@code flag=true}. */
    private List<String> addedBy(String flag) {
        List<String> with = new ArrayList<>(titles(getOk(PROJECTS, "limit", "100", flag, "true")));
        List<String> without = titles(getOk(PROJECTS, "limit", "100"));
        assertThat(with).containsAll(without);
        with.removeAll(without);
        return with;
    }

    private HexCollection collectionNamed(String name) {
        return workspace.collections().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
