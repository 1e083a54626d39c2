package dev.hexgate.gateway.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.gateway.tools.cells.GetHexCellOutputTool;
import dev.hexgate.gateway.tools.cells.UpdateHexCellTool;
import dev.hexgate.gateway.tools.projects.SearchHexProjectsTool;
import dev.hexgate.gateway.tools.users.GetHexMeTool;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summaries and argument rules of the content tools for answers the local stack does not produce (a personal
 * token's Me, a truncated output, a capped search); the end-to-end test covers the rest.
 */
class ContentToolSummariesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void meNamesTheUserOfAPersonalTokenAndItsExpiry() {
        JsonNode me = json.readTree("""
                {"id":"0498b775-f94f-4872-9f25-1dfac1adbbb8","name":"Priya Natarajan",
                 "email":"priya.natarajan@fernbrook.example","role":"EDITOR","lastLoginDate":null,
                 "org":{"id":"c0506a98-9c27-4b6a-9a14-0cc99837071d"},"token":{"exp":1767225600}}""");
        assertThat(new GetHexMeTool().summarize(json.createObjectNode(), me)).isEqualTo(
                "Hex calls act as Priya Natarajan <priya.natarajan@fernbrook.example>, role EDITOR, in workspace (org) "
                        + "c0506a98-9c27-4b6a-9a14-0cc99837071d. The token expires at 2026-01-01T00:00:00Z.");
        JsonNode noToken = json.readTree("{\"org\":{\"id\":\"o-1\"},\"token\":null}");
        assertThat(new GetHexMeTool().summarize(json.createObjectNode(), noToken))
                .isEqualTo("Hex calls use a workspace token of org o-1; it acts for no particular user, so Hex reports "
                        + "no user details.");
    }

    @Test
    void cellOutputSaysWhenItIsAPreview() {
        JsonNode output = json.readTree("""
                {"projectId":"p","runId":"r","cell":{"id":"c-1","staticId":"s","cellType":"SQL"},
                 "result":{"type":"table","rowLimit":100,"rowsReturned":100,"totalRows":5000,"totalRowsKind":"LOWER_BOUND",
                           "truncated":true,"columns":[{"name":"id","type":"NUMBER"},{"name":"name","type":"TEXT"}],
                           "rows":[]}}""");
        assertThat(new GetHexCellOutputTool().summarize(json.readTree("{\"cell_id\":\"c-1\"}"), output)).isEqualTo(
                "SQL cell c-1 output: 100 rows × 2 columns (id NUMBER, name TEXT). This is a preview of at least 5000 "
                        + "rows.");
    }

    @Test
    void searchSaysWhenTheScanStoppedEarly() {
        JsonNode result = json.readTree("""
                {"values":[{"id":"p-1","title":"Revenue"}],"total":1,"limit":25,"offset":0,
                 "scannedProjects":5000,"scanComplete":false}""");
        assertThat(new SearchHexProjectsTool().summarize(json.readTree("{\"search_pattern\":\"rev\"}"), result))
                .isEqualTo("Found 1 project whose title or description contains \"rev\": Revenue (p-1). Only the first "
                        + "5000 projects were searched (hexgate's limit for one search), so matches may be missing.");
    }

    @Test
    void updateCellAllowsAConnectionChangeWithoutASource() {
        UpdateHexCellTool tool = new UpdateHexCellTool();
        assertThat(tool.checkArguments(json.readTree("{\"cell_id\":\"c\",\"data_connection_id\":\"d\"}"))).isEmpty();
        assertThat(tool.checkArguments(json.readTree("{\"cell_id\":\"c\",\"detach_data_connection\":true}"))).isEmpty();
        assertThat(tool.checkArguments(json.readTree(
                "{\"cell_id\":\"c\",\"sql_source\":\"SELECT 1\",\"output_dataframe\":\"df\",\"data_connection_id\":\"d\"}")))
                .isEmpty();
        assertThat(tool.checkArguments(json.readTree("{\"cell_id\":\"c\",\"code_source\":\"x\",\"markdown_source\":\"y\"}")))
                .hasValueSatisfying(m -> assertThat(m).contains("not 'code_source' and 'markdown_source'"));
    }
}
