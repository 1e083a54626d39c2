package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListCellsTest extends CellsHttpTest {

    @Test
    void firstPageHoldsTwentyFiveCellsInDraftOrder() {
        UUID revenue = projectId("Revenue Dashboard");
        List<String> draftOrder = store.cells(revenue).stream().map(c -> c.id().toString()).toList();

        JsonNode page = getOk(CELLS, "projectId", revenue.toString());

        assertThat(draftOrder).hasSize(28);
        assertThat(ids(page)).containsExactlyElementsOf(draftOrder.subList(0, 25));
        assertThat(page.at("/pagination/before").isNull()).isTrue();
        assertThat(page.at("/pagination/after").isString()).isTrue();
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("values", "pagination");
    }

    @Test
    void sectionsAreFollowedByTheirChildren() {
        JsonNode page = getOk(CELLS, "projectId", projectId("Revenue Dashboard").toString(), "limit", "12");
        List<String> labels = values(page).stream().map(c -> c.get("label").asString()).toList();

        assertThat(labels.subList(7, 12)).containsExactly("Regional breakdown", "Revenue – North America",
                "Revenue – EMEA", "Revenue – APAC", "Regional revenue chart");
    }

    @Test
    void pagingForwardVisitsEveryCellOnceAndPagingBackReturnsTheSamePages() {
        UUID revenue = projectId("Revenue Dashboard");
        String p = revenue.toString();

        JsonNode first = getOk(CELLS, "projectId", p, "limit", "10");
        JsonNode second = getOk(CELLS, "projectId", p, "limit", "10", "after", after(first));
        JsonNode third = getOk(CELLS, "projectId", p, "limit", "10", "after", after(second));
        JsonNode backToSecond = getOk(CELLS, "projectId", p, "limit", "10",
                "before", third.at("/pagination/before").asString());
        JsonNode backToFirst = getOk(CELLS, "projectId", p, "limit", "10",
                "before", backToSecond.at("/pagination/before").asString());

        assertThat(ids(third)).hasSize(8);
        assertThat(third.at("/pagination/after").isNull()).isTrue();
        assertThat(ids(backToSecond)).isEqualTo(ids(second));
        assertThat(ids(backToFirst)).isEqualTo(ids(first));
        assertThat(backToFirst.at("/pagination/before").isNull()).isTrue();
        assertThat(allIdsByPaging(revenue, 3))
                .containsExactlyElementsOf(store.cells(revenue).stream().map(c -> c.id().toString()).toList());
    }

    @Test
    void aCursorSurvivesTheDeletionOfItsBoundaryCell() {
        UUID project = projectId("Churn Analysis");
        JsonNode created = create("""
                {"projectId":"%s","cellType":"CODE","label":"Boundary","contents":{"codeCell":{"source":"x = 1"}},
                 "location":{"insertAfterCellId":"%s"}}""".formatted(project, seeded("Churn Analysis", "About").id()));
        JsonNode first = getOk(CELLS, "projectId", project.toString(), "limit", "2");
        assertThat(ids(first)).endsWith(created.get("id").asString());

        store.delete(UUID.fromString(created.get("id").asString()));
        JsonNode next = getOk(CELLS, "projectId", project.toString(), "limit", "2",
                "after", first.at("/pagination/after").asString());

        assertThat(values(next).get(0).get("label").asString()).isEqualTo("Usage by customer");
    }

    @Test
    void cellsCarryEveryFieldWithExplicitNulls() {
        JsonNode page = getOk(CELLS, "projectId", projectId("Customer Lifetime Value Model").toString());
        JsonNode sql = values(page).get(1);
        JsonNode table = values(page).get(5);

        assertThat(sql.propertyNames()).containsExactly("id", "staticId", "cellType", "label", "dataConnectionId",
                "contents", "projectId");
        assertThat(sql.get("cellType").asString()).isEqualTo("SQL");
        assertThat(sql.get("dataConnectionId").asString()).isEqualTo(WAREHOUSE);
        assertThat(sql.at("/contents/sqlCell/source").asString())
                .isEqualTo("SELECT COUNT(*) AS customer_count FROM analytics.public.customers");
        assertThat(sql.at("/contents/sqlCell/outputDataframe").asString()).isEqualTo("customer_count");
        assertThat(sql.at("/contents/codeCell").isNull()).isTrue();
        assertThat(sql.at("/contents/markdownCell").isNull()).isTrue();
        assertThat(table.get("cellType").asString()).isEqualTo("DISPLAY_TABLE");
        assertThat(table.get("dataConnectionId").isNull()).isTrue();
        assertThat(table.get("contents").propertyNames())
                .containsExactlyInAnyOrder("codeCell", "sqlCell", "markdownCell");
        table.get("contents").forEach(variant -> assertThat(variant.isNull()).isTrue());
    }

    @Test
    void aProjectWithoutCellsHasAnEmptyPage() {
        JsonNode page = getOk(CELLS, "projectId", projectId("Standard KPI Tiles").toString());

        assertThat(values(page)).isEmpty();
        assertThat(page.at("/pagination/after").isNull()).isTrue();
        assertThat(page.at("/pagination/before").isNull()).isTrue();
    }

    @Test
    void unknownProjectIsNotFound() {
        assertNotFound(get(CELLS, "projectId", UNKNOWN_ID));
    }

    @Test
    void projectIdIsRequiredAndMustBeAUuid() {
        assertBadRequest(get(CELLS), "projectId");
        assertBadRequest(get(CELLS, "projectId", "revenue"), "projectId: must be a UUID");
    }

    @Test
    void limitMustBeAnIntegerFromOneToHundred() {
        String p = projectId("Revenue Dashboard").toString();
        assertBadRequest(get(CELLS, "projectId", p, "limit", "0"), "limit");
        assertBadRequest(get(CELLS, "projectId", p, "limit", "101"), "limit");
        assertBadRequest(get(CELLS, "projectId", p, "limit", "ten"), "limit");
        assertThat(values(getOk(CELLS, "projectId", p, "limit", "100"))).hasSize(28);
    }

    @Test
    void cursorsAreValidated() {
        String revenue = projectId("Revenue Dashboard").toString();
        String churn = projectId("Churn Analysis").toString();
        String churnCursor = getOk(CELLS, "projectId", churn, "limit", "1").at("/pagination/after").asString();

        assertBadRequest(get(CELLS, "projectId", revenue, "after", "not-a-cursor"), "after is not a valid cursor");
        assertBadRequest(get(CELLS, "projectId", revenue, "before", "bm9wZQ"), "before is not a valid cursor");
        assertBadRequest(get(CELLS, "projectId", revenue, "after", churnCursor), "different project");
        assertBadRequest(get(CELLS, "projectId", churn, "after", churnCursor, "before", churnCursor),
                "Only one of after and before");
    }

    private static String after(JsonNode page) {
        return page.at("/pagination/after").asString();
    }
}
