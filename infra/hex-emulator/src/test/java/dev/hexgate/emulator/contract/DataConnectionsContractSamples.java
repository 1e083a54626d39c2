package dev.hexgate.emulator.contract;

import java.util.UUID;
import org.springframework.http.HttpMethod;

/**
 * The data connection routes: list, get (every seeded type), create and edit, with the main error answers
 * (invalid body 400, unknown group 404, read-only ClickHouse 422).
 */
final class DataConnectionsContractSamples implements ContractSamples {

    private static final String CONNECTIONS = "/api/v1/data-connections";
    private static final String CLICKHOUSE = "9c1e3a5b-7d9f-4b2d-8a6c-5e7f9a1b3c5d";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    @Override
    public void exercise(ContractClient client) {
        String after = client.get(CONNECTIONS + "?limit=2&sortBy=NAME&sortDirection=ASC")
                .at("/pagination/after").asString();
        client.get(CONNECTIONS + "?limit=2&sortBy=NAME&sortDirection=ASC&after=" + after);
        client.get(CONNECTIONS + "?limit=101");
        client.get(CONNECTIONS + "?limit=100").get("values")
                .forEach(c -> client.get(CONNECTIONS + "/" + c.get("id").asString()));
        client.get(CONNECTIONS + "/" + NO_SUCH_ID);
        client.get(CONNECTIONS + "/warehouse");

        String id = client.send(HttpMethod.POST, CONNECTIONS, """
                {"name": "Contract %s", "type": "snowflake", "description": "Samples",
                 "connectionDetails": {"snowflake": {"accountName": "acme", "warehouse": "WH", "database": "DB",
                   "username": "U", "schema": null, "role": "R", "privateKey": "k", "passphrase": "p"}},
                 "schemaFilters": {"schemas": {"exclude": {"values": ["TMP"], "matchType": "PREFIX"}}},
                 "schemaRefreshSchedule": {"cadence": "DAILY", "enabled": true,
                   "daily": {"timezoneString": "UTC", "hour": 1, "minute": 0}},
                 "sharing": {"workspace": {"members": "QUERY", "guests": "NONE", "public": "NONE"},
                   "groups": [{"group": {"id": "%s"}, "access": "QUERY"}]}}"""
                .formatted(UUID.randomUUID(), DATA_TEAM)).get("id").asString();
        client.send(HttpMethod.POST, CONNECTIONS, """
                {"name": "x", "type": "postgres", "connectionDetails": {"postgres": {"hostname": "h"}}}""");
        client.send(HttpMethod.POST, CONNECTIONS, """
                {"name": "x", "type": "databricks", "connectionDetails": {"databricks": {"jdbcUrl": "j",
                 "accessToken": "t"}}, "sharing": {"groups": [{"group": {"id": "%s"}, "access": "QUERY"}]}}"""
                .formatted(NO_SUCH_ID));
        client.send(HttpMethod.POST, CONNECTIONS, """
                {"name": "x", "type": "clickhouse", "connectionDetails": {"databricks": {"jdbcUrl": "j",
                 "accessToken": "t"}}}""");

        client.send(HttpMethod.PATCH, CONNECTIONS + "/" + id, """
                {"connectionDetails": {"snowflake": {"passphrase": "p2", "role": null}}, "schemaRefreshSchedule": null,
                 "sharing": {"groups": {"upsert": [{"group": {"id": "%s"}, "access": "NONE"}]}}}"""
                .formatted(DATA_TEAM));
        client.send(HttpMethod.PATCH, CONNECTIONS + "/" + id, "{\"schemaRefreshAccess\": \"EVERYONE\"}");
        client.send(HttpMethod.PATCH, CONNECTIONS + "/" + NO_SUCH_ID, "{\"name\": \"x\"}");
        client.send(HttpMethod.PATCH, CONNECTIONS + "/" + CLICKHOUSE, "{\"name\": \"x\"}");
    }
}
