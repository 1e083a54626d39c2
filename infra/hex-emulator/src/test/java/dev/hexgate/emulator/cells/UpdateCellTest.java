package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Every test updates cells it created itself. */
class UpdateCellTest extends CellsHttpTest {

    private static final String PROJECT = "NPS Survey Insights";

    @Test
    void updatesSqlSourceAndKeepsEverythingElse() {
        JsonNode cell = sqlCell("orders");
        String id = cell.get("id").asString();

        JsonNode updated = okBody(send(HttpMethod.PATCH, CELLS + "/" + id, """
                {"contents":{"sqlCell":{"source":"SELECT 2"}}}"""));

        assertThat(updated.at("/contents/sqlCell/source").asString()).isEqualTo("SELECT 2");
        assertThat(updated.at("/contents/sqlCell/outputDataframe").asString()).isEqualTo("orders");
        assertThat(updated.get("staticId")).isEqualTo(cell.get("staticId"));
        assertThat(updated.get("label")).isEqualTo(cell.get("label"));
        assertThat(updated.get("dataConnectionId").asString()).isEqualTo(WAREHOUSE);
        assertThat(getOk(CELLS + "/" + id)).isEqualTo(updated);
    }

    @Test
    void renamesTheOutputDataframeUnlessTaken() {
        sqlCell("taken");
        String id = sqlCell("orders").get("id").asString();

        JsonNode renamed = okBody(send(HttpMethod.PATCH, CELLS + "/" + id, """
                {"contents":{"sqlCell":{"source":"SELECT 3","outputDataframe":"orders_v2"}}}"""));

        assertThat(renamed.at("/contents/sqlCell/outputDataframe").asString()).isEqualTo("orders_v2");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, """
                {"contents":{"sqlCell":{"source":"SELECT 3","outputDataframe":"TAKEN"}}}"""), "already used");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, """
                {"contents":{"sqlCell":{"source":"SELECT 3","outputDataframe":"1st"}}}"""), "outputDataframe");
    }

    @Test
    void nullDataConnectionIdDetachesAndAnIdAttaches() {
        String id = sqlCell("orders").get("id").asString();

        JsonNode detached = okBody(send(HttpMethod.PATCH, CELLS + "/" + id, "{\"dataConnectionId\":null}"));
        JsonNode attached = okBody(send(HttpMethod.PATCH, CELLS + "/" + id,
                "{\"dataConnectionId\":\"" + SNOWFLAKE + "\"}"));

        assertThat(detached.get("dataConnectionId").isNull()).isTrue();
        assertThat(detached.has("dataConnectionId")).isTrue();
        assertThat(attached.get("dataConnectionId").asString()).isEqualTo(SNOWFLAKE);
        assertThat(attached.at("/contents/sqlCell/source").asString()).isEqualTo("SELECT 1");
    }

    @Test
    void updatesCodeAndMarkdownSources() {
        String code = create("""
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"a = 1"}}}"""
                .formatted(projectId(PROJECT))).get("id").asString();
        String markdown = create("""
                {"projectId":"%s","cellType":"MARKDOWN","contents":{"markdownCell":{"source":"old"}}}"""
                .formatted(projectId(PROJECT))).get("id").asString();

        assertThat(okBody(send(HttpMethod.PATCH, CELLS + "/" + code, """
                {"contents":{"codeCell":{"source":"a = 2"}}}""")).at("/contents/codeCell/source").asString())
                .isEqualTo("a = 2");
        assertThat(okBody(send(HttpMethod.PATCH, CELLS + "/" + markdown, """
                {"contents":{"markdownCell":{"source":"new"}}}""")).at("/contents/markdownCell/source").asString())
                .isEqualTo("new");
    }

    @Test
    void anEmptyPatchChangesNothing() {
        JsonNode cell = sqlCell("orders");

        assertThat(okBody(send(HttpMethod.PATCH, CELLS + "/" + cell.get("id").asString(), "{}"))).isEqualTo(cell);
    }

    @Test
    void contentsMustFitTheCellsType() {
        String id = sqlCell("orders").get("id").asString();
        String chart = seeded("Revenue Dashboard", "Revenue trend").id().toString();

        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, """
                {"contents":{"codeCell":{"source":"x"}}}"""), "contents.codeCell does not apply to a SQL cell");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + chart, """
                {"contents":{"markdownCell":{"source":"x"}}}"""), "does not apply to a CHART cell");
        assertThat(getOk(CELLS + "/" + id).at("/contents/sqlCell/source").asString()).isEqualTo("SELECT 1");
    }

    @Test
    void dataConnectionIdOnlyAppliesToSqlCellsAndMustExist() {
        String code = create("""
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"a = 1"}}}"""
                .formatted(projectId(PROJECT))).get("id").asString();
        String sql = sqlCell("orders").get("id").asString();

        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + code, "{\"dataConnectionId\":null}"),
                "only applies to SQL cells");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + sql, "{\"dataConnectionId\":\"" + UNKNOWN_ID + "\"}"),
                "is not a data connection");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + sql, "{\"dataConnectionId\":\"warehouse\"}"),
                "dataConnectionId");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + sql, "{\"dataConnectionId\":7}"), "dataConnectionId");
    }

    @Test
    void theLabelCannotChange() {
        String id = sqlCell("orders").get("id").asString();

        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, "{\"label\":\"Renamed\"}"), "label");
        assertThat(getOk(CELLS + "/" + id).get("label").asString()).isEqualTo("Orders");
    }

    @Test
    void bodyIsValidatedAgainstTheSchema() {
        String id = sqlCell("orders").get("id").asString();

        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, "{\"contents\":{\"sqlCell\":{}}}"), "source");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, "{\"contents\":{\"sqlCell\":{\"source\":1}}}"),
                "source");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, "{\"contents\":null}"), "contents");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, "[]"), "");
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/" + id, null), "");
    }

    @Test
    void unknownCellIsNotFoundAndMalformedIdIsBadRequest() {
        assertNotFound(send(HttpMethod.PATCH, CELLS + "/" + UNKNOWN_ID, "{\"contents\":{}}"));
        assertBadRequest(send(HttpMethod.PATCH, CELLS + "/nope", "{}"), "cellId: must be a UUID");
    }

    private JsonNode sqlCell(String dataframe) {
        return create("""
                {"projectId":"%s","cellType":"SQL","label":"%s",
                 "contents":{"sqlCell":{"source":"SELECT 1","dataConnectionId":"%s","outputDataframe":"%s"}}}"""
                .formatted(projectId(PROJECT), dataframe.equals("orders") ? "Orders" : dataframe, WAREHOUSE,
                        dataframe));
    }
}
