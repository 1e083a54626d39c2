package dev.hexgate.emulator.contract;

import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * ListCells, GetCell, CreateCell, UpdateCell, DeleteCell and GetCellOutput: successes (including a failed SQL run,
 * which is still a 200) and the 400/404 answers. The cells it creates are deleted again by the DeleteCell samples.
 */
final class CellsContractSamples implements ContractSamples {

    private static final String REVENUE_DASHBOARD = "a0d02293-39a6-420a-a0ed-8d7894fdd7c0";
    private static final String DATA_QUALITY_MONITOR = "18409ce5-28ea-47fc-985d-4b37d9c2efc6";
    private static final String FINANCE_CLOSE = "8504696b-0ceb-4ebe-9611-b10e97a48216";
    private static final String WAREHOUSE = "7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Override
    public void exercise(ContractClient client) {
        JsonNode page = client.get("/api/v1/cells?projectId=" + REVENUE_DASHBOARD + "&limit=10");
        client.get("/api/v1/cells?projectId=" + REVENUE_DASHBOARD + "&limit=10&after="
                + page.at("/pagination/after").asString());
        client.get("/api/v1/cells?projectId=" + UNKNOWN);
        client.get("/api/v1/cells?projectId=" + REVENUE_DASHBOARD + "&limit=0");
        client.get("/api/v1/cells");

        String sqlCell = cellWithLabel(page, "Monthly revenue");
        String markdownCell = cellWithLabel(page, "Introduction");
        String chartCell = cellWithLabel(page, "Revenue trend");
        client.get("/api/v1/cells/" + sqlCell);
        client.get("/api/v1/cells/" + markdownCell);
        client.get("/api/v1/cells/" + chartCell);
        client.get("/api/v1/cells/" + UNKNOWN);
        client.get("/api/v1/cells/not-a-uuid");

        String created = client.send(HttpMethod.POST, "/api/v1/cells", """
                {"projectId":"%s","cellType":"SQL","label":"Open items by customer",
                 "contents":{"sqlCell":{"source":"SELECT customer_id, COUNT(*) AS n FROM analytics.public.invoices WHERE status = 'open' GROUP BY customer_id",
                   "dataConnectionId":"%s"}}}""".formatted(FINANCE_CLOSE, WAREHOUSE)).get("id").asString();
        String code = client.send(HttpMethod.POST, "/api/v1/cells", """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"total = 0"}},
                 "location":{"insertAfterCellId":"%s"}}""".formatted(FINANCE_CLOSE, created)).get("id").asString();
        client.send(HttpMethod.POST, "/api/v1/cells", """
                {"projectId":"%s","cellType":"SQL","contents":{"codeCell":{"source":"x"}}}""".formatted(FINANCE_CLOSE));
        client.send(HttpMethod.POST, "/api/v1/cells", """
                {"projectId":"%s","cellType":"CODE","contents":{"codeCell":{"source":"x"}}}""".formatted(UNKNOWN));

        client.send(HttpMethod.PATCH, "/api/v1/cells/" + created, """
                {"dataConnectionId":null,"contents":{"sqlCell":{"source":"SELECT 1 AS one","outputDataframe":"one"}}}""");
        client.send(HttpMethod.PATCH, "/api/v1/cells/" + code, "{\"contents\":{\"codeCell\":{\"source\":\"total = 1\"}}}");
        client.send(HttpMethod.PATCH, "/api/v1/cells/" + code, "{\"contents\":{\"sqlCell\":{\"source\":\"SELECT 1\"}}}");
        client.send(HttpMethod.PATCH, "/api/v1/cells/" + UNKNOWN, "{}");

        client.get("/api/v1/cells/" + sqlCell + "/output");
        client.get("/api/v1/cells/" + created + "/output");
        JsonNode quality = client.get("/api/v1/cells?projectId=" + DATA_QUALITY_MONITOR);
        client.get("/api/v1/cells/" + cellWithLabel(quality, "Churned customers") + "/output");
        client.get("/api/v1/cells/" + staticIdWithLabel(quality, "Full usage table") + "/output");
        client.get("/api/v1/cells/" + markdownCell + "/output");
        client.get("/api/v1/cells/" + UNKNOWN + "/output");
        client.get("/api/v1/cells/not-a-uuid/output");

        client.send(HttpMethod.DELETE, "/api/v1/cells/" + created, null);
        client.send(HttpMethod.DELETE, "/api/v1/cells/" + code, null);
        client.send(HttpMethod.DELETE, "/api/v1/cells/" + created, null);
        client.send(HttpMethod.DELETE, "/api/v1/cells/not-a-uuid", null);
    }

    private static String cellWithLabel(JsonNode page, String label) {
        return field(page, label, "id");
    }

    private static String staticIdWithLabel(JsonNode page, String label) {
        return field(page, label, "staticId");
    }

    private static String field(JsonNode page, String label, String field) {
        for (JsonNode cell : page.get("values")) {
            if (label.equals(cell.get("label").asString(null))) {
                return cell.get(field).asString();
            }
        }
        throw new IllegalStateException("No cell labelled " + label);
    }
}
