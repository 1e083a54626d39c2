package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetCellTest extends CellsHttpTest {

    @Test
    void returnsTheCellInHexsShape() {
        Cell cell = seeded("Revenue Dashboard", "Monthly revenue");

        get(CELLS + "/" + cell.id()).expectStatus().isOk().expectBody().json("""
                {"id":"%s","staticId":"%s","cellType":"SQL","label":"Monthly revenue",
                 "dataConnectionId":"%s",
                 "contents":{"codeCell":null,
                   "sqlCell":{"source":"SELECT issued_on, SUM(amount_usd) AS revenue_usd\\nFROM analytics.public.invoices\\nGROUP BY issued_on\\nORDER BY issued_on",
                              "outputDataframe":"monthly_revenue"},
                   "markdownCell":null},
                 "projectId":"%s"}""".formatted(cell.id(), cell.staticId(), WAREHOUSE, cell.projectId()), true);
    }

    @Test
    void markdownAndCodeCellsExposeTheirSource() {
        JsonNode markdown = getOk(CELLS + "/" + seeded("Revenue Dashboard", "Introduction").id());
        JsonNode code = getOk(CELLS + "/" + seeded("Revenue Dashboard", "Growth rate").id());

        assertThat(markdown.at("/contents/markdownCell/source").asString()).startsWith("# Revenue Dashboard");
        assertThat(markdown.at("/contents/sqlCell").isNull()).isTrue();
        assertThat(code.get("cellType").asString()).isEqualTo("CODE");
        assertThat(code.at("/contents/codeCell/source").asString()).contains("pct_change");
        assertThat(code.get("dataConnectionId").isNull()).isTrue();
    }

    @Test
    void acceptsUpperCaseIds() {
        Cell cell = seeded("Churn Analysis", "About");

        assertThat(getOk(CELLS + "/" + cell.id().toString().toUpperCase(Locale.ROOT)).get("id").asString())
                .isEqualTo(cell.id().toString());
    }

    @Test
    void unknownIdAndStaticIdAreNotFound() {
        assertNotFound(get(CELLS + "/" + UNKNOWN_ID));
        // Only GetCellOutput takes static ids.
        assertNotFound(get(CELLS + "/" + seeded("Churn Analysis", "About").staticId()));
    }

    @Test
    void nonUuidIdIsBadRequest() {
        get(CELLS + "/cell-1").expectStatus().isBadRequest().expectBody().json("""
                {"code":"BAD_REQUEST","message":"Invalid input data",
                 "issues":[{"message":"cellId: must be a UUID"}]}""", true);
    }

    @Test
    void missingTokenIsThePlainTextUnauthorized() {
        client.get().uri(CELLS + "/" + UNKNOWN_ID).exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).isEqualTo("Unauthorized");
    }
}
