package dev.hexgate.emulator.cells;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.warehouse.QueryResult;
import dev.hexgate.emulator.warehouse.SampleWarehouse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CellOutputTest extends CellsHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SampleWarehouse warehouse;

    @Autowired
    CellsProperties properties;

    @Test
    void aSqlCellsOutputComesFromTheWarehouse() {
        Cell cell = seeded("Customer Lifetime Value Model", "Customer count");

        JsonNode output = output(cell.id());

        assertThat(output.propertyNames()).containsExactly("projectId", "runId", "cell", "result");
        assertThat(output.get("projectId").asString()).isEqualTo(cell.projectId().toString());
        assertThat(output.get("cell")).isEqualTo(tree(Map.of("id", cell.id().toString(),
                "staticId", cell.staticId().toString(), "cellType", "SQL")));
        JsonNode result = output.get("result");
        assertThat(result.get("type").asString()).isEqualTo("table");
        assertThat(result.get("rowsReturned").asInt()).isEqualTo(1);
        assertThat(result.get("totalRows").asInt()).isEqualTo(1);
        assertThat(result.get("totalRowsKind").asString()).isEqualTo("EXACT");
        assertThat(result.get("truncated").asBoolean()).isFalse();
        assertThat(result.get("rowLimit").asInt()).isEqualTo(properties.outputRowLimit());
        assertThat(result.at("/columns/0/name").asString()).isEqualTo("customer_count");
        assertThat(result.at("/rows/0/customer_count").asString()).isEqualTo("24");
    }

    @Test
    void everyRowAndColumnIsServedAsStrings() {
        JsonNode result = output(seeded("Customer Lifetime Value Model", "All customers").id()).get("result");
        QueryResult direct = warehouse.query("SELECT * FROM analytics.public.customers ORDER BY customer_id", 100);

        assertThat(result.get("rowsReturned").asInt()).isEqualTo(24);
        assertThat(result.get("columns")).hasSize(6);
        assertThat(result.at("/columns/0/name").asString()).isEqualTo("customer_id");
        assertThat(result.at("/columns/0/type").asString()).isEqualTo("INTEGER");
        assertThat(result.at("/rows/0")).isEqualTo(tree(direct.rows().get(0)));
        assertThat(result.at("/rows/23/name").asString()).isEqualTo("Yarrow Energy Corp");
        assertThat(result.at("/rows/23/signed_up_on").asString()).isEqualTo("2024-10-29");
    }

    @Test
    void staticIdsWorkAndTheRunIdNamesTheProjectsDraftSession() {
        Cell cell = seeded("Customer Lifetime Value Model", "Customer count");
        Cell other = seeded("Customer Lifetime Value Model", "Average invoice");

        JsonNode byId = output(cell.id());
        JsonNode byStaticId = output(cell.staticId());

        assertThat(byStaticId.get("cell")).isEqualTo(byId.get("cell"));
        assertThat(byStaticId.get("runId")).isEqualTo(byId.get("runId"));
        assertThat(output(other.id()).get("runId")).isEqualTo(byId.get("runId"));
        assertThat(output(seeded("Churn Analysis", "Usage by customer").id()).get("runId"))
                .isNotEqualTo(byId.get("runId"));
        UUID.fromString(byId.get("runId").asString());
    }

    @Test
    void largeResultsAreTruncatedAtTheRowLimitWithAnExactTotal() {
        JsonNode result = output(seeded("Data Quality Monitor", "Full usage table").id()).get("result");

        assertThat(result.get("truncated").asBoolean()).isTrue();
        assertThat(result.get("rowsReturned").asInt()).isEqualTo(properties.outputRowLimit());
        assertThat(result.get("rows")).hasSize(properties.outputRowLimit());
        assertThat(result.get("totalRows").asInt()).isEqualTo(240);
        assertThat(result.get("totalRowsKind").asString()).isEqualTo("EXACT");
    }

    @Test
    void aFailingQueryIsACellRunError() {
        JsonNode output = output(seeded("Data Quality Monitor", "Churned customers").id());

        JsonNode result = output.get("result");
        assertThat(result.propertyNames()).containsExactly("type", "message", "traceback");
        assertThat(result.get("type").asString()).isEqualTo("cell_run_error");
        assertThat(result.get("message").asString()).isEqualTo("Column \"CHURNED_ON\" not found");
        assertThat(result.get("traceback").isNull()).isTrue();
    }

    @Test
    void dataframeSqlReadsTheDataframesOfSqlCellsAbove() {
        JsonNode latest = output(seeded("Revenue Dashboard", "Latest month").id()).get("result");
        JsonNode unpaid = output(seeded("Revenue Dashboard", "Unpaid total").id()).get("result");
        QueryResult expected = warehouse.query("SELECT status, COUNT(*) AS invoices, SUM(amount_usd) AS amount_usd "
                + "FROM analytics.public.invoices WHERE status <> 'paid' GROUP BY status ORDER BY status", 10);

        assertThat(latest.get("rowsReturned").asInt()).isEqualTo(1);
        assertThat(latest.at("/rows/0/issued_on").asString()).isEqualTo("2025-10-05");
        assertThat(unpaid.get("rows")).isEqualTo(tree(expected.rows()));
    }

    @Test
    void anEditedCellOutputsItsNewSource() {
        UUID project = projectId("Sales Pipeline Forecast");
        JsonNode cell = create("""
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT 1 AS one",
                 "dataConnectionId":"%s","outputDataframe":"scratch"}}}""".formatted(project, SNOWFLAKE));
        String id = cell.get("id").asString();
        assertThat(output(UUID.fromString(id)).at("/result/rows/0/one").asString()).isEqualTo("1");

        okBody(send(HttpMethod.PATCH, CELLS + "/" + id, """
                {"contents":{"sqlCell":{"source":"SELECT region, COUNT(*) AS n FROM analytics.public.customers GROUP BY region ORDER BY region;"}}}"""));

        JsonNode result = output(UUID.fromString(id)).get("result");
        assertThat(result.get("rows")).hasSize(3);
        assertThat(result.at("/rows/0/region").asString()).isEqualTo("APAC");
    }

    @Test
    void aDataframeSqlCellCanReadACellCreatedAboveIt() {
        UUID project = projectId("Sales Pipeline Forecast");
        create("""
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{
                 "source":"SELECT * FROM analytics.public.customers WHERE segment = 'SMB'",
                 "dataConnectionId":"%s","outputDataframe":"smb"}}}""".formatted(project, WAREHOUSE));
        String reader = create("""
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{
                 "source":"SELECT COUNT(*) AS smb_customers FROM smb","isDataframeSql":true}}}""".formatted(project))
                .get("id").asString();
        String missing = create("""
                {"projectId":"%s","cellType":"SQL","contents":{"sqlCell":{"source":"SELECT * FROM no_such_frame"}}}"""
                .formatted(project)).get("id").asString();

        String smbCustomers = warehouse.query(
                "SELECT COUNT(*) AS n FROM analytics.public.customers WHERE segment = 'SMB'", 1).rows().get(0).get("n");
        assertThat(output(UUID.fromString(reader)).at("/result/rows/0/smb_customers").asString())
                .isEqualTo(smbCustomers).isEqualTo("8");
        assertThat(output(UUID.fromString(missing)).at("/result/type").asString()).isEqualTo("cell_run_error");
    }

    @Test
    void everySeededSqlCellButTheBrokenOneProducesATable() {
        List<Cell> sqlCells = workspace.projects().stream().flatMap(p -> store.cells(p.id()).stream())
                .filter(c -> c.cellType() == CellType.SQL).toList();

        assertThat(sqlCells).hasSizeGreaterThan(30);
        for (Cell cell : sqlCells) {
            String type = output(cell.id()).at("/result/type").asString();
            assertThat(type).as("%s", cell.label()).isEqualTo(cell.label().equals("Churned customers")
                    ? "cell_run_error" : "table");
        }
    }

    @Test
    void onlySqlCellsHaveOutput() {
        for (String label : List.of("Introduction", "Growth rate", "Revenue trend", "Regional breakdown")) {
            assertBadRequest(get(CELLS + "/" + seeded("Revenue Dashboard", label).id() + "/output"),
                    "output is only available for SQL cells");
        }
    }

    @Test
    void unknownIdsAreNotFoundAndMalformedOnesBadRequests() {
        assertNotFound(get(CELLS + "/" + UNKNOWN_ID + "/output"));
        assertBadRequest(get(CELLS + "/sql-1/output"), "cellId: must be a UUID");
    }

    private JsonNode output(UUID idOrStaticId) {
        return getOk(CELLS + "/" + idOrStaticId + "/output");
    }

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
