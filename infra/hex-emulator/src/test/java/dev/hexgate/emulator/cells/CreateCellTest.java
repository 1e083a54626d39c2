package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Cells are created in projects no other test pages through exactly, and deleted after each test. */
class CreateCellTest extends CellsHttpTest {

    private static final String INVENTORY = "Inventory Health";

    @Test
    void createsASqlCellAtTheEndAndAnswers200() {
        UUID project = projectId(INVENTORY);

        JsonNode cell = create("""
                {"projectId":"%s","cellType":"SQL","label":"Plans",
                 "contents":{"sqlCell":{"source":"SELECT plan FROM analytics.public.customers",
                   "dataConnectionId":"%s","outputDataframe":"plans"}}}""".formatted(project, WAREHOUSE));

        assertThat(cell.propertyNames()).containsExactly("id", "staticId", "cellType", "label", "dataConnectionId",
                "contents", "projectId");
        assertThat(cell.get("id").asString()).isNotEqualTo(cell.get("staticId").asString());
        assertThat(cell.get("cellType").asString()).isEqualTo("SQL");
        assertThat(cell.get("label").asString()).isEqualTo("Plans");
        assertThat(cell.get("dataConnectionId").asString()).isEqualTo(WAREHOUSE);
        assertThat(cell.at("/contents/sqlCell/outputDataframe").asString()).isEqualTo("plans");
        assertThat(cell.at("/contents/codeCell").isNull()).isTrue();
        assertThat(cell.get("projectId").asString()).isEqualTo(project.toString());
        List<String> ids = ids(getOk(CELLS, "projectId", project.toString()));
        assertThat(ids).last().isEqualTo(cell.get("id").asString());
        assertThat(getOk(CELLS + "/" + cell.get("id").asString())).isEqualTo(cell);
    }

    @Test
    void createsCodeAndMarkdownCellsWithoutLabelOrConnection() {
        UUID project = projectId(INVENTORY);

        JsonNode code = create("""
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"print(1)"}}}""".formatted(project));
        JsonNode markdown = create("""
                {"projectId":"%s","cellType":"MARKDOWN","contents":{"markdownCell":{"source":"# Hi"}}}"""
                .formatted(project));

        assertThat(code.get("label").isNull()).isTrue();
        assertThat(code.get("dataConnectionId").isNull()).isTrue();
        assertThat(code.at("/contents/codeCell/source").asString()).isEqualTo("print(1)");
        assertThat(markdown.at("/contents/markdownCell/source").asString()).isEqualTo("# Hi");
        assertThat(markdown.at("/contents/sqlCell").isNull()).isTrue();
    }

    @Test
    void dataframeSqlCellsHaveNoConnectionAndGetAGeneratedDataframeName() {
        UUID project = projectId(INVENTORY);

        JsonNode explicit = create("""
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 1","isDataframeSql":true}}}"""
                .formatted(project));
        JsonNode implicit = create("""
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 2"}}}""".formatted(project));

        assertThat(explicit.get("dataConnectionId").isNull()).isTrue();
        assertThat(explicit.at("/contents/sqlCell/outputDataframe").asString()).isEqualTo("dataframe_1");
        assertThat(implicit.at("/contents/sqlCell/outputDataframe").asString()).isEqualTo("dataframe_2");
    }

    @Test
    void insertAfterCellIdPlacesTheCellRightAfterIt() {
        UUID project = projectId(INVENTORY);
        List<String> before = ids(getOk(CELLS, "projectId", project.toString()));

        JsonNode cell = create("""
                {"projectId":"%s","cellType":"MARKDOWN","contents":{"markdownCell":{"source":"between"}},
                 "location":{"insertAfterCellId":"%s"}}""".formatted(project, before.get(0)));

        assertThat(ids(getOk(CELLS, "projectId", project.toString())))
                .containsExactly(before.get(0), cell.get("id").asString(), before.get(1));
    }

    @Test
    void cellsGoFirstOrLastIntoASectionOrAfterItsChildren() {
        UUID project = projectId("Revenue Dashboard");
        Cell section = seeded("Revenue Dashboard", "Regional breakdown");

        String first = create(markdownIn(project, "{\"parentCellId\":\"%s\",\"childPosition\":\"FIRST\"}"
                .formatted(section.id()))).get("id").asString();
        String last = create(markdownIn(project, "{\"parentCellId\":\"%s\"}".formatted(section.id())))
                .get("id").asString();
        String afterSection = create(markdownIn(project, "{\"insertAfterCellId\":\"%s\"}".formatted(section.id())))
                .get("id").asString();
        String afterChild = create(markdownIn(project, "{\"parentCellId\":\"%s\",\"insertAfterCellId\":\"%s\"}"
                .formatted(section.id(), seeded("Revenue Dashboard", "Revenue – EMEA").id()))).get("id").asString();

        List<String> labels = store.cells(project).stream().map(c -> c.id().toString().equals(first) ? "FIRST"
                : c.id().toString().equals(last) ? "LAST" : c.id().toString().equals(afterSection) ? "AFTER_SECTION"
                : c.id().toString().equals(afterChild) ? "AFTER_EMEA" : c.label()).toList();
        int start = labels.indexOf("Regional breakdown");
        assertThat(labels.subList(start, start + 10)).containsExactly("Regional breakdown", "FIRST",
                "Revenue – North America", "Revenue – EMEA", "AFTER_EMEA", "Revenue – APAC", "Regional revenue chart",
                "LAST", "AFTER_SECTION", "Segments");
    }

    @Test
    void parentCellIdMustBeASectionOfTheProject() {
        UUID project = projectId("Revenue Dashboard");
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(project, "{\"parentCellId\":\"%s\"}"
                .formatted(seeded("Revenue Dashboard", "Introduction").id()))), "not a section");
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(project, "{\"parentCellId\":\"%s\"}"
                .formatted(UNKNOWN_ID))), "is not a cell of project");
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(project,
                "{\"parentCellId\":\"%s\",\"insertAfterCellId\":\"%s\"}".formatted(
                        seeded("Revenue Dashboard", "Regional breakdown").id(),
                        seeded("Revenue Dashboard", "Introduction").id()))), "is not a child of");
    }

    @Test
    void insertAfterCellIdMustBelongToTheProject() {
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(projectId(INVENTORY),
                "{\"insertAfterCellId\":\"%s\"}".formatted(seeded("Churn Analysis", "About").id()))),
                "is not a cell of project");
    }

    @Test
    void childPositionNeedsParentCellIdAlone() {
        UUID project = projectId(INVENTORY);
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(project, "{\"childPosition\":\"LAST\"}")),
                "childPosition needs location.parentCellId");
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(project, "{\"childPosition\":\"FIRST\","
                + "\"parentCellId\":\"%s\",\"insertAfterCellId\":\"%s\"}".formatted(UNKNOWN_ID, UNKNOWN_ID))),
                "cannot be combined");
        assertBadRequest(send(HttpMethod.POST, CELLS, markdownIn(project, "{\"childPosition\":\"MIDDLE\"}")),
                "childPosition");
    }

    @Test
    void contentsMustBeExactlyTheVariantOfTheCellType() {
        UUID project = projectId(INVENTORY);
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"SQL","contents":{"codeCell":{"source":"x"}}}""".formatted(project)),
                "contents.codeCell does not fit a SQL cell, which takes contents.sqlCell");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"x"},
                 "markdownCell":{"source":"y"}}}""".formatted(project)),
                "contents");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{}}""".formatted(project)), "contents");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{}}}""".formatted(project)), "source");
    }

    @Test
    void dataConnectionIdAndIsDataframeSqlAreExclusive() {
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 1",
                 "dataConnectionId":"%s","isDataframeSql":true}}}""".formatted(projectId(INVENTORY), WAREHOUSE)),
                "mutually exclusive");
    }

    @Test
    void referencedProjectAndConnectionMustExist() {
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"x"}}}""".formatted(UNKNOWN_ID)),
                "is not a project");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 1",
                 "dataConnectionId":"%s"}}}""".formatted(projectId(INVENTORY), UNKNOWN_ID)),
                "is not a data connection");
    }

    @Test
    void outputDataframeMustBeAFreeValidName() {
        UUID project = projectId("Revenue Dashboard");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 1",
                 "outputDataframe":"Monthly_Revenue"}}}""".formatted(project)), "already used");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 1",
                 "outputDataframe":"monthly revenue"}}}""".formatted(project)), "outputDataframe");
    }

    @Test
    void unknownFieldsAreRejected() {
        UUID project = projectId(INVENTORY);
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"x"}},"position":3}"""
                .formatted(project)), "position");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{"pythonCell":{"source":"x"}}}""".formatted(project)),
                "pythonCell");
    }

    @Test
    void bodyIsValidatedAgainstTheSchema() {
        UUID project = projectId(INVENTORY);
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CHART","contents":{"codeCell":{"source":"x"}}}""".formatted(project)),
                "cellType");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"cellType":"CODE","contents":{"codeCell":{"source":"x"}}}"""), "projectId");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE"}""".formatted(project)), "contents");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","label":null,"contents":{"codeCell":{"source":"x"}}}"""
                .formatted(project)), "label");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":42}}}""".formatted(project)),
                "source");
        assertBadRequest(send(HttpMethod.POST, CELLS, """
                {"projectId":"not-a-uuid","cellType":"CODE","contents":{"codeCell":{"source":"x"}}}"""),
                "must be a UUID");
        assertBadRequest(send(HttpMethod.POST, CELLS, "{\"projectId\":"), "");
        assertBadRequest(send(HttpMethod.POST, CELLS, null), "");
    }

    private static String markdownIn(UUID project, String location) {
        return """
                {"projectId":"%s","cellType":"MARKDOWN","contents":{"markdownCell":{"source":"placed"}},
                 "location":%s}""".formatted(project, location);
    }
}
