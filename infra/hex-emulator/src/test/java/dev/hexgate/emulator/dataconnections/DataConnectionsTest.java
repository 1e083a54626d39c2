package dev.hexgate.emulator.dataconnections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.DirectoryHttpTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataConnectionsTest extends DirectoryHttpTest {

    private static final String CONNECTIONS = "/api/v1/data-connections";
    private static final String WAREHOUSE = "7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11";
    private static final String SNOWFLAKE = "b2e8a6d4-1f3c-4a5b-8e7d-0c9f1a2b3c4d";
    private static final String CLICKHOUSE = "9c1e3a5b-7d9f-4b2d-8a6c-5e7f9a1b3c5d";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
    /** Every secret the seed holds; none may ever appear in an answer. */
    private static final List<String> SEEDED_SECRETS = List.of("emu-fake-pg-password-3f9a",
            "EMU-FAKE-SNOWFLAKE-KEY-5b21", "emu-fake-passphrase-8d4e", "emu-fake-bq-key-c71f",
            "emu-fake-dapi-token-62be");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataConnectionStore store;

    @Test
    void listServesSlimItemsNewestFirst() {
        JsonNode page = getOk(CONNECTIONS, "limit", "100");

        assertThat(ids(page)).contains(WAREHOUSE, SNOWFLAKE, CLICKHOUSE);
        values(page).forEach(c -> assertThat(c.propertyNames()).isSubsetOf("id", "name", "type", "description")
                .contains("id", "name", "type"));
        List<String> seededOrder = ids(page).stream().filter(List.of(WAREHOUSE, SNOWFLAKE, CLICKHOUSE)::contains)
                .toList();
        assertThat(seededOrder).containsExactly(CLICKHOUSE, SNOWFLAKE, WAREHOUSE);
        JsonNode bigQuery = values(page).stream().filter(c -> c.get("type").asString().equals("bigquery"))
                .findFirst().orElseThrow();
        assertThat(bigQuery.has("description")).isFalse();
    }

    @Test
    void listSortsByNameAndPages() {
        List<String> names = texts(getOk(CONNECTIONS, "sortBy", "NAME", "sortDirection", "ASC", "limit", "100")
                .get("values"), "/name");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        List<String> all = ids(getOk(CONNECTIONS, "sortBy", "NAME", "sortDirection", "ASC", "limit", "100"));
        JsonNode first = getOk(CONNECTIONS, "sortBy", "NAME", "sortDirection", "ASC", "limit", "2");
        JsonNode second = getOk(CONNECTIONS, "sortBy", "NAME", "sortDirection", "ASC", "limit", "2",
                "after", first.at("/pagination/after").asString());
        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(ids(getOk(CONNECTIONS, "sortBy", "NAME", "sortDirection", "ASC", "limit", "2",
                "before", second.at("/pagination/before").asString()))).containsExactlyElementsOf(ids(first));
    }

    @Test
    void getServesTheFullConnectionWithoutSecrets() {
        JsonNode warehouse = getOk(CONNECTIONS + "/" + WAREHOUSE);

        assertThat(warehouse.get("name").asString()).isEqualTo("Fernbrook Warehouse");
        assertThat(warehouse.get("type").asString()).isEqualTo("postgres");
        assertThat(warehouse.at("/connectionDetails/postgres").propertyNames())
                .containsExactly("hostname", "port", "database", "username");
        assertThat(warehouse.at("/connectionDetails/postgres/port").isInt()).isTrue();
        assertThat(warehouse.get("includeMagic").asBoolean()).isTrue();
        assertThat(warehouse.at("/schemaFilters/schemas/include/matchType").asString()).isEqualTo("EXACT");
        assertThat(warehouse.at("/schemaRefreshSchedule/daily/timezoneString").asString())
                .isEqualTo("America/Chicago");
        assertThat(warehouse.get("schemaRefreshAccess").asString()).isEqualTo("USERS_WITH_QUERY_ACCESS");
        assertThat(warehouse.at("/sharing/workspace/public").asString()).isEqualTo("VIEW_RESULTS");
        assertThat(warehouse.at("/sharing/groups/0/group/name").asString()).isEqualTo("Data Team");
        assertThat(warehouse.at("/sharing/groups/0/group/id").asString()).isEqualTo(DATA_TEAM);

        JsonNode snowflake = getOk(CONNECTIONS + "/" + SNOWFLAKE);
        assertThat(snowflake.at("/connectionDetails/snowflake").propertyNames()).containsExactly(
                "accountName", "warehouse", "database", "username", "schema", "role");
        assertThat(snowflake.at("/connectionDetails/snowflake/role").isNull()).isTrue();
        assertThat(snowflake.has("schemaFilters")).isFalse();
    }

    @Test
    void noSeededSecretIsEverServed() {
        for (String id : ids(getOk(CONNECTIONS, "limit", "100"))) {
            String body = rawGet(CONNECTIONS + "/" + id);
            SEEDED_SECRETS.forEach(secret -> assertThat(body).doesNotContain(secret));
        }
        assertThat(rawGet(CONNECTIONS + "?limit=100")).doesNotContain(SEEDED_SECRETS);
        assertThat(store.require(UUID.fromString(WAREHOUSE)).details().hasSecret("password",
                "emu-fake-pg-password-3f9a")).isTrue();
    }

    @Test
    void createAnswers201AndKeepsTheSecretWriteOnly() {
        String secret = "pg-" + UUID.randomUUID();
        JsonNode created = sendExpecting(201, HttpMethod.POST, CONNECTIONS, """
                {"name": "%s", "type": "postgres", "description": "Replica",
                 "connectionDetails": {"postgres": {"hostname": "replica.fernbrook.example", "port": 5433,
                   "database": "analytics", "username": "hex", "password": "%s"}},
                 "includeMagic": false, "allowWritebackCells": true,
                 "schemaRefreshSchedule": {"cadence": "MONTHLY", "enabled": true,
                   "monthly": {"timezoneString": "Europe/Berlin", "day": 28, "hour": 23, "minute": 59}},
                 "schemaRefreshAccess": "USERS_WITH_QUERY_ACCESS",
                 "sharing": {"workspace": {"members": "QUERY", "public": "VIEW_RESULTS"},
                   "groups": [{"group": {"id": "%s"}, "access": "VIEW_RESULTS"}]}}"""
                .formatted(unique("Replica"), secret, DATA_TEAM));
        String id = created.get("id").asString();

        assertThat(created.toString()).doesNotContain(secret);
        assertThat(created.at("/connectionDetails/postgres/port").asInt()).isEqualTo(5433);
        assertThat(created.get("includeMagic").asBoolean()).isFalse();
        assertThat(created.get("allowWritebackCells").asBoolean()).isTrue();
        assertThat(created.get("connectViaSsh").asBoolean()).isFalse();
        assertThat(created.at("/schemaRefreshSchedule/monthly/day").asInt()).isEqualTo(28);
        assertThat(created.at("/sharing/workspace/members").asString()).isEqualTo("QUERY");
        assertThat(created.at("/sharing/workspace/guests").asString()).isEqualTo("NONE");
        assertThat(created.at("/sharing/groups/0/group/name").asString()).isEqualTo("Data Team");
        String fetched = rawGet(CONNECTIONS + "/" + id);
        assertThat(fetched).doesNotContain(secret);
        assertThat(rawGet(CONNECTIONS + "?limit=100")).contains(id).doesNotContain(secret);
        assertThat(store.require(UUID.fromString(id)).details().hasSecret("password", secret)).isTrue();
    }

    @Test
    void everyCreatableTypeKeepsItsSecretsWriteOnly() {
        String s = UUID.randomUUID().toString();
        List<String> bodies = List.of(
                create("snowflake", """
                        {"accountName": "acme", "warehouse": "WH", "database": "DB", "username": "U", "schema": null,
                         "privateKey": "key-%1$s", "passphrase": "phrase-%1$s"}""".formatted(s)),
                create("bigquery", "{\"projectId\": \"p\", \"serviceAccountJsonConfig\": \"sa-%s\"}".formatted(s)),
                create("databricks", "{\"jdbcUrl\": \"jdbc:databricks://x\", \"accessToken\": \"tok-%s\"}"
                        .formatted(s)),
                create("redshift", """
                        {"host": "rs", "port": 5439, "database": "d", "username": "u", "password": "pw-%1$s",
                         "sslRootCert": "cert-%1$s"}""".formatted(s)),
                create("athena", """
                        {"hostname": "athena", "port": 443, "s3OutputPath": "s3://out", "accessKeyId": "AKIA",
                         "secretAccessKey": "sak-%s", "catalog": null}""".formatted(s)),
                create("trino", """
                        {"hostname": "trino", "port": 8080, "username": "u", "password": "pw-%s",
                         "sessionProperties": [{"key": "query_max_run_time", "value": "1h"}]}""".formatted(s)));

        for (String body : bodies) {
            assertThat(body).doesNotContain(s);
            String id = readTree(body).get("id").asString();
            assertThat(rawGet(CONNECTIONS + "/" + id)).isEqualTo(body).doesNotContain(s);
        }
        assertThat(readTree(bodies.get(0)).at("/connectionDetails/snowflake").propertyNames())
                .containsExactly("accountName", "warehouse", "database", "username", "schema");
        assertThat(readTree(bodies.get(5)).at("/connectionDetails/trino/sessionProperties/0/value").asString())
                .isEqualTo("1h");
    }

    @Test
    void editAnswers201AndChangesOnlyWhatItNames() {
        String id = readTree(create("postgres", """
                {"hostname": "h", "port": 5432, "database": "d", "username": "u", "password": "first"}""")).get("id")
                .asString();
        String secret = "second-" + UUID.randomUUID();
        String newName = unique("Edited");

        JsonNode edited = sendExpecting(201, HttpMethod.PATCH, CONNECTIONS + "/" + id, """
                {"name": "%s", "connectionDetails": {"postgres": {"password": "%s", "port": 6543}},
                 "connectViaSsh": true, "schemaFilters": {"tables": {"exclude": {"values": ["^tmp"], "matchType": "REGEX"}}},
                 "schemaRefreshSchedule": {"cadence": "HOURLY", "enabled": false},
                 "sharing": {"workspace": {"guests": "VIEW_RESULTS"},
                   "groups": {"upsert": [{"group": {"id": "%s"}, "access": "QUERY"}]}}}"""
                .formatted(newName, secret, DATA_TEAM));

        assertThat(edited.toString()).doesNotContain(secret);
        assertThat(edited.get("name").asString()).isEqualTo(newName);
        assertThat(edited.at("/connectionDetails/postgres/port").asInt()).isEqualTo(6543);
        assertThat(edited.at("/connectionDetails/postgres/hostname").asString()).isEqualTo("h");
        assertThat(edited.get("connectViaSsh").asBoolean()).isTrue();
        assertThat(edited.get("includeMagic").asBoolean()).isTrue();
        assertThat(edited.at("/schemaFilters/tables/exclude/matchType").asString()).isEqualTo("REGEX");
        assertThat(edited.at("/schemaRefreshSchedule/cadence").asString()).isEqualTo("HOURLY");
        assertThat(edited.at("/sharing/workspace/guests").asString()).isEqualTo("VIEW_RESULTS");
        assertThat(edited.at("/sharing/workspace/members").asString()).isEqualTo("NONE");
        assertThat(edited.at("/sharing/groups/0/group/id").asString()).isEqualTo(DATA_TEAM);
        assertThat(rawGet(CONNECTIONS + "/" + id)).doesNotContain(secret).doesNotContain("first");
        assertThat(store.require(UUID.fromString(id)).details().hasSecret("password", secret)).isTrue();

        JsonNode cleared = sendExpecting(201, HttpMethod.PATCH, CONNECTIONS + "/" + id, """
                {"schemaRefreshSchedule": null, "sharing": {"groups": {"upsert": [{"group": {"id": "%s"},
                 "access": "NONE"}]}}}""".formatted(DATA_TEAM));
        assertThat(cleared.has("schemaRefreshSchedule")).isFalse();
        assertThat(cleared.at("/sharing/groups").isEmpty()).isTrue();
        assertThat(cleared.get("name").asString()).isEqualTo(newName);
    }

    @Test
    void clickhouseCanBeReadButNotCreatedOrEdited() {
        JsonNode clickhouse = getOk(CONNECTIONS + "/" + CLICKHOUSE);
        assertThat(clickhouse.at("/connectionDetails/clickhouse/port").asInt()).isEqualTo(8443);

        assertTsoaError(sendExpecting(422, HttpMethod.POST, CONNECTIONS, """
                {"name": "ch", "type": "clickhouse", "connectionDetails": {"postgres": {"hostname": "h",
                 "port": 1, "database": "d", "username": "u", "password": "p"}}}"""), "clickhouse");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS, """
                {"name": "ch", "type": "clickhouse", "connectionDetails": {"clickhouse": {"hostname": "h"}}}"""),
                "clickhouse");
        assertTsoaError(sendExpecting(422, HttpMethod.PATCH, CONNECTIONS + "/" + CLICKHOUSE,
                "{\"name\": \"Renamed ClickHouse\"}"), "clickhouse");
        assertThat(getOk(CONNECTIONS + "/" + CLICKHOUSE).get("name").asString()).isEqualTo("Events ClickHouse");
    }

    @Test
    void createRefusesInvalidBodies() {
        String postgres = "{\"hostname\": \"h\", \"port\": 5432, \"database\": \"d\", \"username\": \"u\"}";
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS, body("postgres", "postgres", postgres)),
                "password");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS,
                body("mysql", "postgres", postgres.replace("}", ", \"password\": \"p\"}"))), "mysql");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS,
                body("snowflake", "postgres", postgres.replace("}", ", \"password\": \"p\"}"))),
                "connectionDetails must hold the settings of this snowflake connection");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS,
                "{\"name\": \"x\", \"type\": \"postgres\"}"), "connectionDetails");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS,
                "{\"name\": \"x\", \"type\": \"postgres\", \"connectionDetails\": {}}"), "connectionDetails");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS, withExtra(
                "\"sharing\": {\"workspace\": {\"public\": \"QUERY\"}}")), "QUERY");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS, withExtra(
                "\"schemaRefreshSchedule\": {\"cadence\": \"DAILY\", \"enabled\": true}")), "daily");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, CONNECTIONS, withExtra(
                "\"schemaFilters\": {\"tables\": {\"include\": {\"values\": [], \"matchType\": \"GLOB\"}}}")), "GLOB");
        assertTsoaError(sendExpecting(404, HttpMethod.POST, CONNECTIONS, withExtra(
                "\"sharing\": {\"groups\": [{\"group\": {\"id\": \"" + NO_SUCH_ID + "\"}, \"access\": \"QUERY\"}]}")),
                "Group not found: " + NO_SUCH_ID);
    }

    @Test
    void editRefusesUnknownConnectionsOtherTypesDetailsAndUnknownGroups() {
        assertTsoaError(sendExpecting(404, HttpMethod.PATCH, CONNECTIONS + "/" + NO_SUCH_ID, "{\"name\": \"x\"}"),
                "Data connection not found");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, CONNECTIONS + "/" + WAREHOUSE,
                "{\"connectionDetails\": {\"snowflake\": {\"role\": \"R\"}}}"), "postgres");
        assertTsoaError(sendExpecting(404, HttpMethod.PATCH, CONNECTIONS + "/" + WAREHOUSE, """
                {"sharing": {"groups": {"upsert": [{"group": {"id": "%s"}, "access": "QUERY"}]}}}"""
                .formatted(NO_SUCH_ID)), "Group not found");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, CONNECTIONS + "/" + WAREHOUSE,
                "{\"schemaRefreshAccess\": \"EVERYONE\"}"), "EVERYONE");
        assertThat(getOk(CONNECTIONS + "/" + WAREHOUSE).get("name").asString()).isEqualTo("Fernbrook Warehouse");
    }

    @Test
    void getAndListErrorsAreTsoa() {
        assertTsoaError(sendExpecting(404, HttpMethod.GET, CONNECTIONS + "/" + NO_SUCH_ID, null),
                "Data connection not found");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, CONNECTIONS + "/warehouse", null), "dataConnectionId");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, CONNECTIONS + "?limit=101", null), "limit");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, CONNECTIONS + "?sortBy=TYPE", null), "sortBy");
        String after = getOk(CONNECTIONS, "limit", "1").at("/pagination/after").asString();
        assertTsoaError(sendExpecting(400, HttpMethod.GET, CONNECTIONS + "?sortBy=NAME&after=" + after, null),
                "different sortBy");
    }

    /** Creates a connection of {@code type}; returns the raw 201 body. */
    private String create(String type, String details) {
        byte[] body = send(HttpMethod.POST, CONNECTIONS, body(type, type, details)).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String body(String type, String detailsKey, String details) {
        return "{\"name\": \"" + unique("Conn") + "\", \"type\": \"" + type + "\", \"connectionDetails\": {\""
                + detailsKey + "\": " + details + "}}";
    }

    private static String withExtra(String extra) {
        return "{\"name\": \"x\", \"type\": \"databricks\", \"connectionDetails\": {\"databricks\": "
                + "{\"jdbcUrl\": \"jdbc:databricks://x\", \"accessToken\": \"t\"}}, " + extra + "}";
    }

    private String rawGet(String path) {
        byte[] body = send(HttpMethod.GET, path, null).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static JsonNode readTree(String json) {
        return JSON.readTree(json);
    }
}
