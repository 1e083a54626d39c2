package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.emulator.workspace.Workspace;
import dev.hexgate.local.LocalStackSettings.Service;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The content tools end to end on the shared stack: project search, cells (list, update, output), users and Me. An
 * agent on the official MCP client calls the gateway; hex-api-service calls the emulator. Hex's errors (404, 403,
 * 429) come from the emulator's seed or its fault injection. The one cell this class changes is put back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentToolsE2ETest {

    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    // From the emulator's fixtures (workspace.json, cells.json).
    private static final String REVENUE_DASHBOARD = "a0d02293-39a6-420a-a0ed-8d7894fdd7c0";
    private static final String LTV_MODEL = "be534abc-a1a7-44da-abec-d601a3bc56e2";
    private static final String CUSTOMER_COUNT_SQL_CELL = "e9adebaf-0c72-493f-aab0-6b0fe34a6d9e";
    private static final String INVOICE_COUNT_SQL_CELL = "42bbce89-e562-4c52-a4fc-62af87c3671f";
    private static final String LTV_CODE_CELL = "45cb7695-9378-450b-93b8-c9044fa15af0";
    private static final String METHOD_MARKDOWN_CELL = "83c30085-9865-4c89-b48a-a98e19ea40c6";
    private static final String LEADERSHIP_GROUP = "af38f0db-bc86-4564-a746-59822b6b907d";
    private static final String MAYA = "4a9d62b4-c70d-4263-9280-1c7fce8ab0e7";
    private static final String DANIEL = "0f0fc553-4fc4-49b5-a8d7-146d155a577a";

    private final Workspace seed = Workspace.loadDefault();
    private RunningStack stack;
    private McpSyncClient client;
    private Map<String, Tool> tools;

    @BeforeAll
    void connect() {
        stack = SharedStack.get();
        client = McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP), stack.apiKey());
        client.initialize();
        tools = client.listTools().tools().stream().collect(Collectors.toMap(Tool::name, Function.identity()));
    }

    @AfterEach
    void clearFaults() {
        SharedStack.emulatorControl("DELETE", "/_emulator/faults", null);
    }

    @AfterAll
    void disconnect() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheContentToolsWithTruthfulAnnotationsAndHexMcpsArgumentNames() {
        assertThat(tools).containsKeys("search_hex_projects", "list_hex_cells", "update_hex_cell",
                "get_hex_cell_output", "list_hex_users", "get_hex_me", "list_hex_projects", "get_hex_project");
        for (String read : List.of("search_hex_projects", "list_hex_cells", "get_hex_cell_output", "list_hex_users",
                "get_hex_me")) {
            assertThat(tools.get(read).annotations().readOnlyHint()).as(read).isTrue();
            assertThat(tools.get(read).annotations().destructiveHint()).as(read).isFalse();
            assertThat(tools.get(read).annotations().idempotentHint()).as(read).isTrue();
            assertThat(tools.get(read).outputSchema()).as(read).containsEntry("type", "object");
        }
        Tool update = tools.get("update_hex_cell");
        assertThat(update.annotations().readOnlyHint()).isFalse();
        assertThat(update.annotations().destructiveHint()).isTrue();

        assertThat(properties("search_hex_projects")).containsKeys("search_pattern", "limit", "offset", "regex");
        assertThat((List<Object>) tools.get("search_hex_projects").inputSchema().get("required"))
                .containsExactly("search_pattern");
        assertThat(properties("list_hex_cells")).containsKeys("project_id", "limit", "after", "before");
        assertThat(properties("update_hex_cell")).containsKeys("cell_id", "sql_source", "code_source",
                "markdown_source", "data_connection_id", "detach_data_connection");
        assertThat(properties("get_hex_cell_output")).containsOnlyKeys("cell_id");
        assertThat(properties("list_hex_users")).containsKeys("limit", "after", "before", "sort_by", "sort_direction",
                "group_id", "user_ids");
        assertThat(properties("get_hex_me")).isEmpty();
        // hex-mcp's list_hex_projects(limit, offset): Hex pages by cursor, so 'offset' is not there, and it says so.
        assertThat(properties("list_hex_projects")).containsKeys("limit", "after", "before").doesNotContainKey("offset");
        assertThat(tools.get("list_hex_projects").description()).contains("no 'offset'");
        assertThat((List<Object>) tools.get("get_hex_project").inputSchema().get("required"))
                .containsExactly("project_id");
    }

    // ---------------------------------------------------------------- search_hex_projects

    @Test
    void searchFindsProjectsByTitleOrDescriptionIgnoringCase() {
        emulatorControl("DELETE", "/_emulator/requests");
        CallToolResult revenue = call("search_hex_projects", Map.of("search_pattern", "REVENUE"));
        Map<String, Object> found = structured(revenue);
        List<Map<String, Object>> values = values(found);
        assertThat(titles(values)).contains("Revenue Dashboard", "Board Metrics Pack")
                .doesNotContain("Legacy Revenue Report (v1)"); // archived
        assertThat(values).allSatisfy(p -> assertThat((p.get("title") + " " + p.get("description")).toLowerCase())
                .contains("revenue"));
        assertThat(values.get(0)).containsKeys("id", "owner", "lastEditedAt", "schedules");
        assertThat(found).containsEntry("total", values.size()).containsEntry("limit", 25).containsEntry("offset", 0)
                .containsEntry("scanComplete", true);
        assertThat((Integer) found.get("scannedProjects")).isGreaterThanOrEqualTo(17);
        assertThat(text(revenue)).startsWith("Found " + values.size() + " projects whose title or description "
                + "contains \"REVENUE\"").contains("Revenue Dashboard (" + REVENUE_DASHBOARD + ")");

        // Only in a description ("Results of the spring price test on the trail-running range.").
        assertThat(titles(values(structured(call("search_hex_projects", Map.of("search_pattern", "Trail-Running"))))))
                .containsExactly("Pricing Experiment Readout");
        CallToolResult none = call("search_hex_projects", Map.of("search_pattern", "no such project anywhere"));
        assertThat(structured(none)).containsEntry("total", 0);
        assertThat(text(none)).contains("No project's title or description contains");

        // Hex has no search: the list was read in pages of 100.
        assertThat(loggedRequests("ListProjects")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("query").asString()).contains("limit=100"));
    }

    @Test
    void searchPagesThroughMatchesByLimitAndOffsetAndHonoursTheIncludeFlags() {
        List<Object> all = ids(values(structured(call("search_hex_projects",
                Map.of("search_pattern", "e", "limit", 100)))));
        assertThat(all.size()).isGreaterThan(6);

        CallToolResult window = call("search_hex_projects", Map.of("search_pattern", "e", "limit", 3, "offset", 3));
        Map<String, Object> page = structured(window);
        assertThat(ids(values(page))).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(page).containsEntry("total", all.size()).containsEntry("limit", 3).containsEntry("offset", 3);
        assertThat(text(window)).contains("matches 4-6").contains("More: call again with offset=6.");

        assertThat(structured(call("search_hex_projects", Map.of("search_pattern", "Legacy Revenue"))))
                .containsEntry("total", 0);
        assertThat(titles(values(structured(call("search_hex_projects",
                Map.of("search_pattern", "Legacy Revenue", "include_archived", true))))))
                .containsExactly("Legacy Revenue Report (v1)");
    }

    @Test
    void searchAcceptsASafeRegularExpressionAndRefusesACostlyOne() {
        CallToolResult regex = call("search_hex_projects",
                Map.of("search_pattern", "^(revenue|churn) ", "regex", true));
        assertThat(titles(values(structured(regex)))).containsExactlyInAnyOrder("Revenue Dashboard", "Churn Analysis");
        assertThat(text(regex)).contains("matches /^(revenue|churn) /");

        // Plain text by default: regex characters are just characters.
        assertThat(structured(call("search_hex_projects", Map.of("search_pattern", "^(revenue|churn) "))))
                .containsEntry("total", 0);
        assertThat(titles(values(structured(call("search_hex_projects", Map.of("search_pattern", "(v1)",
                "include_archived", true)))))).containsExactly("Legacy Revenue Report (v1)");

        // Backtracks catastrophically on ordinary titles: refused by hex-api-service's read budget, quickly.
        CallToolResult costly = call("search_hex_projects", Map.of("search_pattern", "(.*){1,20}#", "regex", true));
        assertThat(costly.isError()).isTrue();
        assertThat(text(costly)).contains("'search_pattern'").contains("too costly").contains("INVALID_ARGUMENTS");
    }

    @Test
    void searchRejectsBadArgumentsByName() {
        assertInvalid(call("search_hex_projects", Map.of()), "'search_pattern'");
        assertInvalid(call("search_hex_projects", Map.of("search_pattern", "")), "'search_pattern'");
        assertInvalid(call("search_hex_projects", Map.of("search_pattern", "x".repeat(201))), "'search_pattern'");
        assertInvalid(call("search_hex_projects", Map.of("search_pattern", "([", "regex", true)),
                "'search_pattern': not a valid regular expression");
        assertInvalid(call("search_hex_projects", Map.of("search_pattern", "a", "offset", -1)), "'offset'");
        assertInvalid(call("search_hex_projects", Map.of("search_pattern", "a", "limit", 101)), "'limit'");
        assertInvalid(call("search_hex_projects", Map.of("search_pattern", "a", "after", "x")), "'after'");
    }

    @Test
    void searchReportsHexRefusalsAndRateLimits() {
        fault("ListProjects", 403, 10);
        assertForbidden(call("search_hex_projects", Map.of("search_pattern", "revenue")));
        clearFaults();
        fault("ListProjects", 429, 10);
        assertRateLimited(call("search_hex_projects", Map.of("search_pattern", "revenue")));
    }

    // ---------------------------------------------------------------- list_hex_cells

    @Test
    void listsAProjectsCellsPageByPage() {
        CallToolResult first = call("list_hex_cells", Map.of("project_id", REVENUE_DASHBOARD, "limit", 5));
        Map<String, Object> page1 = structured(first);
        List<Map<String, Object>> cells1 = values(page1);
        assertThat(cells1).hasSize(5);
        assertThat(cells1.get(0)).containsEntry("cellType", "MARKDOWN").containsEntry("label", "Introduction")
                .containsEntry("projectId", REVENUE_DASHBOARD).containsKeys("id", "staticId", "dataConnectionId");
        Map<String, Object> sql = cells1.get(1);
        assertThat(sql).containsEntry("cellType", "SQL").containsEntry("label", "Monthly revenue");
        assertThat(sqlSource(sql)).contains("FROM analytics.public.invoices");
        String after = (String) pagination(page1).get("after");
        assertThat(after).isNotBlank();
        assertThat(text(first)).startsWith("5 cells of project " + REVENUE_DASHBOARD + ": MARKDOWN \"Introduction\" (")
                .contains("SQL \"Monthly revenue\"").contains("after=\"" + after + "\"");

        Map<String, Object> page2 = structured(call("list_hex_cells",
                Map.of("project_id", REVENUE_DASHBOARD, "limit", 5, "after", after)));
        assertThat(ids(values(page2))).hasSize(5).doesNotContainAnyElementsOf(ids(cells1));
        assertThat(pagination(page2).get("before")).isNotNull();
    }

    @Test
    void listCellsRejectsBadArgumentsAndReportsHexErrors() {
        assertInvalid(call("list_hex_cells", Map.of()), "'project_id'");
        assertInvalid(call("list_hex_cells", Map.of("project_id", "revenue-dashboard")), "'project_id'");
        assertInvalid(call("list_hex_cells", Map.of("project_id", REVENUE_DASHBOARD, "limit", 101)), "'limit'");
        assertInvalid(call("list_hex_cells", Map.of("project_id", REVENUE_DASHBOARD, "after", "a", "before", "b")),
                "either 'after' or 'before'");

        assertNotFound(call("list_hex_cells", Map.of("project_id", UNKNOWN_ID)), "project " + UNKNOWN_ID);
        fault("ListCells", 403, 10);
        assertForbidden(call("list_hex_cells", Map.of("project_id", REVENUE_DASHBOARD)));
        clearFaults();
        fault("ListCells", 429, 10);
        assertRateLimited(call("list_hex_cells", Map.of("project_id", REVENUE_DASHBOARD)));
    }

    // ---------------------------------------------------------------- update_hex_cell (+ get_hex_cell_output)

    @Test
    void updatesASqlCellsSourceAndConnectionAndPutsItBack() {
        Map<String, Object> original = cellOf(LTV_MODEL, CUSTOMER_COUNT_SQL_CELL);
        String originalSource = sqlSource(original);
        String originalDataframe = (String) sqlCell(original).get("outputDataframe");
        String originalConnection = (String) original.get("dataConnectionId");
        assertThat(originalConnection).isNotNull();
        emulatorControl("DELETE", "/_emulator/requests");
        try {
            String newSql = "SELECT COUNT(*) AS customers_e2e FROM analytics.public.customers";
            CallToolResult updated = call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                    "sql_source", newSql));
            Map<String, Object> cell = structured(updated);
            assertThat(cell).containsEntry("id", CUSTOMER_COUNT_SQL_CELL).containsEntry("cellType", "SQL")
                    .containsEntry("label", "Customer count").containsEntry("dataConnectionId", originalConnection)
                    .containsEntry("projectId", LTV_MODEL);
            assertThat(sqlSource(cell)).isEqualTo(newSql);
            assertThat(sqlCell(cell)).containsEntry("outputDataframe", originalDataframe);
            assertThat(text(updated)).isEqualTo("Updated SQL \"Customer count\" (" + CUSTOMER_COUNT_SQL_CELL
                    + ") in project " + LTV_MODEL + " (draft): source now 1 line, result in dataframe "
                    + originalDataframe + ", data connection " + originalConnection + ".");

            // The emulator runs the cell's current source on its sample warehouse.
            CallToolResult output = call("get_hex_cell_output", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL));
            Map<String, Object> result = result(structured(output));
            assertThat(result).containsEntry("type", "table").containsEntry("rowsReturned", 1);
            assertThat(columnNames(result)).singleElement().asString().isEqualToIgnoringCase("customers_e2e");
            assertThat(text(output)).containsIgnoringCase("output: 1 row × 1 column (customers_e2e");

            call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                    "sql_source", "SELECT no_such_column FROM analytics.public.customers"));
            CallToolResult failing = call("get_hex_cell_output", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL));
            assertThat(result(structured(failing))).containsEntry("type", "cell_run_error").containsKey("message");
            assertThat(text(failing)).startsWith("SQL cell " + CUSTOMER_COUNT_SQL_CELL + " failed when it last ran: ");

            CallToolResult detached = call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                    "detach_data_connection", true));
            assertThat(structured(detached)).containsEntry("dataConnectionId", null);
            assertThat(text(detached)).contains("no data connection");

            CallToolResult attached = call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                    "data_connection_id", originalConnection));
            assertThat(structured(attached)).containsEntry("dataConnectionId", originalConnection);

            assertThat(loggedRequests("UpdateCell")).hasSize(4)
                    .allSatisfy(r -> assertThat(r.path("status").asInt()).isEqualTo(200))
                    .allSatisfy(r -> assertThat(r.path("method").asString()).isEqualTo("PATCH"));
        } finally {
            CallToolResult restored = call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                    "sql_source", originalSource, "output_dataframe", originalDataframe,
                    "data_connection_id", originalConnection));
            assertThat(sqlSource(structured(restored))).isEqualTo(originalSource);
        }
        // Back as seeded, seen straight through Hex's REST API.
        JsonNode asSeeded = hexGet("/api/v1/cells/" + CUSTOMER_COUNT_SQL_CELL, seed.workspaceToken().token());
        assertThat(asSeeded.path("contents").path("sqlCell").path("source").asString()).isEqualTo(originalSource);
        assertThat(asSeeded.path("dataConnectionId").asString()).isEqualTo(originalConnection);
    }

    @Test
    void updateCellRejectsBadArgumentsByNameWithoutCallingHex() {
        emulatorControl("DELETE", "/_emulator/requests");
        assertInvalid(call("update_hex_cell", Map.of("sql_source", "SELECT 1")), "'cell_id'");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", "cell-1", "sql_source", "SELECT 1")), "'cell_id'");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL, "sql_source", "SELECT 1",
                "code_source", "print(1)")), "only one of 'sql_source', 'code_source', 'markdown_source'");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL)), "nothing to change");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                "detach_data_connection", false)), "nothing to change");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                "output_dataframe", "renamed")), "'output_dataframe'");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL, "sql_source", "SELECT 1",
                "output_dataframe", "1st")), "'output_dataframe'");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL,
                "data_connection_id", UNKNOWN_ID, "detach_data_connection", true)),
                "either 'data_connection_id' or 'detach_data_connection'");
        Map<String, Object> nullConnection = new HashMap<>();
        nullConnection.put("cell_id", CUSTOMER_COUNT_SQL_CELL);
        nullConnection.put("data_connection_id", null);
        assertInvalid(call("update_hex_cell", nullConnection), "'data_connection_id'");
        assertInvalid(call("update_hex_cell", Map.of("cell_id", CUSTOMER_COUNT_SQL_CELL, "label", "New")),
                "'label'");
        assertThat(loggedRequests("UpdateCell")).isEmpty();
    }

    @Test
    void updateCellReportsHexErrors() {
        // A SQL source for a CODE cell: Hex refuses it (400) and the cell stays as it was.
        Map<String, Object> codeCell = cellOf(LTV_MODEL, LTV_CODE_CELL);
        CallToolResult wrongKind = call("update_hex_cell", Map.of("cell_id", LTV_CODE_CELL, "sql_source", "SELECT 1"));
        assertThat(wrongKind.isError()).isTrue();
        assertThat(text(wrongKind)).contains("Hex rejected the arguments of update_hex_cell").contains("sqlCell")
                .contains("INVALID_ARGUMENTS").contains("Hex status 400");
        assertThat(cellOf(LTV_MODEL, LTV_CODE_CELL)).isEqualTo(codeCell);

        assertNotFound(call("update_hex_cell", Map.of("cell_id", UNKNOWN_ID, "code_source", "x = 1")),
                "cell " + UNKNOWN_ID);
        fault("UpdateCell", 403, 10);
        assertForbidden(call("update_hex_cell", Map.of("cell_id", LTV_CODE_CELL, "code_source", "x = 1")));
        clearFaults();
        fault("UpdateCell", 429, 10);
        assertRateLimited(call("update_hex_cell", Map.of("cell_id", LTV_CODE_CELL, "code_source", "x = 1")));
        assertThat(cellOf(LTV_MODEL, LTV_CODE_CELL)).isEqualTo(codeCell);
    }

    // ---------------------------------------------------------------- get_hex_cell_output

    @Test
    void getsASqlCellsOutputAsATablePreview() {
        CallToolResult output = call("get_hex_cell_output", Map.of("cell_id", INVOICE_COUNT_SQL_CELL));
        Map<String, Object> answer = structured(output);
        assertThat(answer).containsEntry("projectId", REVENUE_DASHBOARD).containsKey("runId");
        assertThat((Map<String, Object>) answer.get("cell")).containsEntry("id", INVOICE_COUNT_SQL_CELL)
                .containsEntry("cellType", "SQL");
        Map<String, Object> result = result(answer);
        assertThat(result).containsEntry("type", "table").containsEntry("rowsReturned", 1)
                .containsEntry("truncated", false).containsEntry("totalRowsKind", "EXACT");
        assertThat(columnNames(result)).singleElement().asString().isEqualToIgnoringCase("invoice_count");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("rows");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.values()).singleElement().asString()
                .matches("\\d+"));
        assertThat(text(output)).startsWith("SQL cell " + INVOICE_COUNT_SQL_CELL + " output: 1 row × 1 column (")
                .containsIgnoringCase("invoice_count");
    }

    @Test
    void cellOutputRejectsBadArgumentsAndReportsHexErrors() {
        assertInvalid(call("get_hex_cell_output", Map.of()), "'cell_id'");
        assertInvalid(call("get_hex_cell_output", Map.of("cell_id", "42")), "'cell_id'");

        CallToolResult markdown = call("get_hex_cell_output", Map.of("cell_id", METHOD_MARKDOWN_CELL));
        assertThat(markdown.isError()).isTrue();
        assertThat(text(markdown)).contains("INVALID_ARGUMENTS").contains("Hex status 400");

        assertNotFound(call("get_hex_cell_output", Map.of("cell_id", UNKNOWN_ID)), "cell " + UNKNOWN_ID);
        fault("GetCellOutput", 403, 10);
        assertForbidden(call("get_hex_cell_output", Map.of("cell_id", INVOICE_COUNT_SQL_CELL)));
        clearFaults();
        fault("GetCellOutput", 429, 10);
        assertRateLimited(call("get_hex_cell_output", Map.of("cell_id", INVOICE_COUNT_SQL_CELL)));
    }

    // ---------------------------------------------------------------- list_hex_users

    @Test
    void listsUsersSortedAndPaged() {
        CallToolResult all = call("list_hex_users", Map.of());
        Map<String, Object> page = structured(all);
        List<Map<String, Object>> users = values(page);
        assertThat(users).hasSize(seed.users().size());
        assertThat(users).extracting(u -> u.get("name")).first().isEqualTo("Alex Brennan");
        assertThat(users.get(0)).containsOnlyKeys("id", "name", "email", "role", "lastLoginDate")
                .containsEntry("role", "GUEST").containsEntry("lastLoginDate", null);
        assertThat(pagination(page)).containsEntry("after", null);
        assertThat(text(all)).startsWith(seed.users().size() + " users: Alex Brennan <alex.brennan@fernbrook.example> "
                + "GUEST (").endsWith("This is the last page.");

        CallToolResult byEmail = call("list_hex_users", Map.of("sort_by", "EMAIL", "sort_direction", "DESC",
                "limit", 3));
        Map<String, Object> first = structured(byEmail);
        List<Object> emails = values(first).stream().map(u -> u.get("email")).toList();
        assertThat(emails).hasSize(3).isSortedAccordingTo((a, b) -> ((String) b).compareTo((String) a));
        String after = (String) pagination(first).get("after");
        assertThat(text(byEmail)).contains("after=\"" + after + "\"");
        List<Object> next = values(structured(call("list_hex_users", Map.of("sort_by", "EMAIL",
                "sort_direction", "DESC", "limit", 3, "after", after)))).stream().map(u -> u.get("email")).toList();
        assertThat(next).hasSize(3).doesNotContainAnyElementsOf(emails);
        assertThat((String) next.get(0)).isLessThan((String) emails.get(2));
    }

    @Test
    void listsGivenUsersAndAGroupsMembers() {
        emulatorControl("DELETE", "/_emulator/requests");
        List<Map<String, Object>> chosen = values(structured(call("list_hex_users",
                Map.of("user_ids", List.of(MAYA, DANIEL)))));
        assertThat(ids(chosen)).containsExactlyInAnyOrder(MAYA, DANIEL);
        // hexgate's array becomes Hex's one comma-separated userIds parameter.
        assertThat(loggedRequests("ListUsers")).singleElement().satisfies(r -> assertThat(r.path("query").asString())
                .containsOnlyOnce("userIds=").containsPattern("userIds=(" + MAYA + "(,|%2C)" + DANIEL + "|" + DANIEL
                        + "(,|%2C)" + MAYA + ")"));

        CallToolResult group = call("list_hex_users", Map.of("group_id", LEADERSHIP_GROUP));
        assertThat(values(structured(group))).extracting(u -> u.get("email"))
                .contains("maya.okafor@fernbrook.example", "daniel.reyes@fernbrook.example");
        assertThat(text(group)).contains("in group " + LEADERSHIP_GROUP);
    }

    @Test
    void listUsersRejectsBadArgumentsAndReportsHexErrors() {
        assertInvalid(call("list_hex_users", Map.of("sort_by", "AGE")), "'sort_by'");
        assertInvalid(call("list_hex_users", Map.of("sort_direction", "UP")), "'sort_direction'");
        assertInvalid(call("list_hex_users", Map.of("limit", 501)), "'limit'");
        assertInvalid(call("list_hex_users", Map.of("user_ids", List.of("maya"))), "'user_ids'");
        assertInvalid(call("list_hex_users", Map.of("user_ids", "maya")), "'user_ids'");
        assertInvalid(call("list_hex_users", Map.of("group_id", "leadership")), "'group_id'");
        assertInvalid(call("list_hex_users", Map.of("after", "a", "before", "b")), "either 'after' or 'before'");

        assertNotFound(call("list_hex_users", Map.of("group_id", UNKNOWN_ID)), "group " + UNKNOWN_ID);
        fault("ListUsers", 403, 10);
        assertForbidden(call("list_hex_users", Map.of()));
        clearFaults();
        fault("ListUsers", 429, 10);
        assertRateLimited(call("list_hex_users", Map.of()));
    }

    // ---------------------------------------------------------------- get_hex_me

    @Test
    void tellsWhoTheHexCredentialActsAs() {
        // The stack calls Hex with the workspace token, which acts for no particular user: only {org, token}.
        CallToolResult me = call("get_hex_me", Map.of());
        Map<String, Object> answer = structured(me);
        assertThat(answer).containsOnlyKeys("org", "token");
        assertThat((Map<String, Object>) answer.get("org")).containsEntry("id", seed.org().id().toString());
        assertThat(text(me)).isEqualTo("Hex calls use a workspace token of org " + seed.org().id()
                + "; it acts for no particular user, so Hex reports no user details. The token does not expire.");
        assertMatchesOutputSchema("get_hex_me", answer);

        // A personal token's answer (the user's fields too) fits the same output schema.
        JsonNode personal = hexGet("/api/v1/users/me",
                seed.personalToken("priya.natarajan@fernbrook.example").orElseThrow().token());
        assertThat(personal.path("email").asString()).isEqualTo("priya.natarajan@fernbrook.example");
        assertMatchesOutputSchema("get_hex_me", EventCodec.mapper().convertValue(personal, Map.class));
    }

    @Test
    void meRejectsArgumentsAndReportsHexErrors() {
        assertInvalid(call("get_hex_me", Map.of("verbose", true)), "'verbose'");
        fault("Me", 403, 10);
        assertForbidden(call("get_hex_me", Map.of()));
        clearFaults();
        fault("Me", 429, 10);
        assertRateLimited(call("get_hex_me", Map.of()));
    }

    // ---------------------------------------------------------------- helpers

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    /** More failures than any retry budget, so the tool call must end in Hex's error. */
    private static void fault(String operationId, int status, int times) {
        String retryAfter = status == 429 ? ",\"retryAfter\":1" : "";
        SharedStack.emulatorControl("POST", "/_emulator/faults", "{\"operationId\":\"" + operationId
                + "\",\"status\":" + status + retryAfter + ",\"times\":" + times + "}");
    }

    private static void emulatorControl(String method, String path) {
        SharedStack.emulatorControl(method, path, null);
    }

    private List<JsonNode> loggedRequests(String operationId) {
        JsonNode log = EventCodec.mapper().readTree(SharedStack.emulatorControl("GET",
                "/_emulator/requests?operationId=" + URLEncoder.encode(operationId, StandardCharsets.UTF_8), null));
        return java.util.stream.StreamSupport.stream(log.path("requests").spliterator(), false).toList();
    }

    private JsonNode hexGet(String path, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(stack.hexApiUrl() + path)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return EventCodec.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertMatchesOutputSchema(String tool, Map<?, ?> structured) {
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(EventCodec.mapper().valueToTree(tools.get(tool).outputSchema()))
                .validate(EventCodec.mapper().valueToTree(structured));
        assertThat(errors).as(tool + " output schema").isEmpty();
    }

    private Map<String, Object> cellOf(String projectId, String cellId) {
        return values(structured(call("list_hex_cells", Map.of("project_id", projectId, "limit", 100)))).stream()
                .filter(c -> cellId.equals(c.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(String tool) {
        return (Map<String, Object>) tools.get(tool).inputSchema().get("properties");
    }

    private static void assertInvalid(CallToolResult result, String naming) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains(naming);
    }

    private static void assertNotFound(CallToolResult result, String what) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains("Hex has no " + what).contains("NOT_FOUND").contains("Hex status 404");
    }

    private static void assertForbidden(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains("not allowed").contains("FORBIDDEN").contains("Hex status 403");
    }

    private static void assertRateLimited(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).containsIgnoringCase("rate").contains("RATE_LIMITED").contains("Hex status 429");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isFalse();
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("values");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pagination(Map<String, Object> page) {
        return (Map<String, Object>) page.get("pagination");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> output) {
        return (Map<String, Object>) output.get("result");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> columnNames(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("columns")).stream().map(c -> c.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sqlCell(Map<String, Object> cell) {
        return (Map<String, Object>) ((Map<String, Object>) cell.get("contents")).get("sqlCell");
    }

    private static String sqlSource(Map<String, Object> cell) {
        return (String) sqlCell(cell).get("source");
    }

    private static List<Object> ids(List<Map<String, Object>> objects) {
        return objects.stream().map(o -> o.get("id")).toList();
    }

    private static List<Object> titles(List<Map<String, Object>> projects) {
        return projects.stream().map(p -> p.get("title")).filter(Objects::nonNull).toList();
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }
}
