package dev.hexgate.emulator.contract;

import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * RunProject, GetRunStatus, CancelRun and GetProjectRuns, current and legacy routes: started, dry and refused runs
 * (schema violation, wrong input types, unpublished project, missing access, unknown project), run states from
 * PENDING to the seeded end states, cancels that work and that are refused, and history pages.
 */
final class RunsContractSamples implements ContractSamples {

    private static final String WEEKLY = "abdc7455-bd01-4ff5-a59b-b5c1935bcd47";
    private static final String REVENUE = "a0d02293-39a6-420a-a0ed-8d7894fdd7c0";
    private static final String FINANCE = "8504696b-0ceb-4ebe-9611-b10e97a48216";
    private static final String UNPUBLISHED = "be534abc-a1a7-44da-abec-d601a3bc56e2";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    private static final String KENJI = "hxtp_emu_57f62077f2be1597bc218171dfd22f1";

    @Override
    public void exercise(ContractClient client) {
        String runs = "/api/v1/projects/" + WEEKLY + "/runs";
        JsonNode started = client.send(HttpMethod.POST, runs, """
                {"inputParams": {"weeks": 12, "region": "emea"},
                 "notifications": [{"type": "ALL", "includeSuccessScreenshot": true, "slackChannelIds": ["C02DATATEAM"],
                   "userIds": ["0f0fc553-4fc4-49b5-a8d7-146d155a577a"], "groupIds": ["3ef142f5-13f7-4cf0-bb8e-67b5be3872cb"],
                   "subject": "WAU", "body": "Refreshed"}]}""");
        String runId = started.get("runId").asString();
        client.send(HttpMethod.POST, runs, null);
        client.send(HttpMethod.POST, runs, "{\"dryRun\": true}");
        client.send(HttpMethod.POST, runs, "{\"inputParams\": null}");
        client.send(HttpMethod.POST, runs, "{\"inputParams\": {\"weeks\": \"abc\", \"nope\": 1}}");
        client.send(HttpMethod.POST, "/api/v1/projects/" + REVENUE + "/runs",
                "{\"inputParams\": {\"channel\": \"web\"}, \"viewId\": \"3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77\"}");
        client.send(HttpMethod.POST, "/api/v1/projects/" + REVENUE + "/runs", "{\"updatePublishedResults\": true}",
                KENJI);
        client.send(HttpMethod.POST, "/api/v1/projects/" + UNPUBLISHED + "/runs", null);
        client.send(HttpMethod.POST, "/api/v1/projects/" + UNKNOWN + "/runs", null);

        client.get(runs + "/" + runId);
        client.get("/api/v1/projects/" + FINANCE + "/runs/4a4690e0-3279-4668-b6a0-f461362475b9");
        client.get("/api/v1/projects/" + FINANCE + "/runs/82cf2083-bba8-4cf1-b194-a9e9798b2c74");
        client.get(runs + "/" + UNKNOWN);
        client.get(runs + "/not-a-uuid");

        client.send(HttpMethod.DELETE, runs + "/" + runId, null);
        client.get(runs + "/" + runId);
        client.send(HttpMethod.DELETE, runs + "/" + runId, null);
        client.send(HttpMethod.DELETE, runs + "/" + UNKNOWN, null);
        client.send(HttpMethod.DELETE, runs + "/not-a-uuid", null);

        String financeRuns = "/api/v1/projects/" + FINANCE + "/runs";
        client.get(financeRuns);
        client.get(financeRuns + "?limit=3&offset=3&statusFilter=COMPLETED&runTriggerFilter=SCHEDULED");
        client.get(financeRuns + "?limit=0");
        client.get("/api/v1/projects/" + UNKNOWN + "/runs");

        String legacy = "/api/v1/project/" + WEEKLY;
        String legacyRunId = client.send(HttpMethod.POST, legacy + "/run", "{\"useCachedSqlResults\": false}")
                .get("runId").asString();
        client.send(HttpMethod.POST, legacy + "/run", "{\"inputParams\": null}");
        client.get(legacy + "/run/" + legacyRunId);
        client.get(legacy + "/run/" + UNKNOWN);
        client.send(HttpMethod.DELETE, legacy + "/run/" + legacyRunId, null);
        client.send(HttpMethod.DELETE, legacy + "/run/" + legacyRunId, null);
        client.get("/api/v1/project/" + FINANCE + "/runs?limit=2&offset=2");
        client.get("/api/v1/project/" + FINANCE + "/runs?offset=-1");
    }
}
