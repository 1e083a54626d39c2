package dev.hexgate.local;

import static dev.hexgate.local.DirectoryE2ESupport.DATA_TEAM;
import static dev.hexgate.local.DirectoryE2ESupport.UNKNOWN_ID;
import static dev.hexgate.local.DirectoryE2ESupport.list;
import static dev.hexgate.local.DirectoryE2ESupport.map;
import static dev.hexgate.local.DirectoryE2ESupport.text;
import static dev.hexgate.local.DirectoryE2ESupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.kafka.KafkaProbe;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Data connection tools end to end, with the rule that matters most here: a credential given to a tool reaches Hex
 * but never comes back — not in the structured result, the text, any event on Kafka (the command carries it sealed
 * for hex-api-service) or a log line. Hex has no API to delete connections, so the ones made here stay in the shared
 * emulator, named "zz e2e …".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataConnectionToolsE2ETest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);
    private static final String WAREHOUSE = "7d1c4f0e-3b5a-4c8e-9f21-6a0b2d9e4c11";
    private static final String LAKEHOUSE = "4f6b8d0a-2c4e-4a6b-9d8f-3e5c7a9b1d2f";
    private static final String CLICKHOUSE = "9c1e3a5b-7d9f-4b2d-8a6c-5e7f9a1b3c5d";

    private DirectoryE2ESupport e2e;
    private KafkaProbe probe;
    private CapturedLogs logs;

    @BeforeAll
    void connect() {
        e2e = new DirectoryE2ESupport();
        probe = KafkaProbe.listen(e2e.stack.kafkaBootstrapServers(), Topics.COMMANDS, Topics.COMMAND_RESULTS,
                Topics.AUDIT);
        logs = CapturedLogs.capture();
    }

    @AfterAll
    void disconnect() {
        logs.close();
        probe.close();
        e2e.close();
    }

    @AfterEach
    void clearFaults() {
        DirectoryE2ESupport.clearFaults();
    }

    @Test
    void createsReadsAndRotatesAPostgresConnectionWithoutEverShowingThePassword() {
        String name = unique("zz e2e postgres");
        String password = "pg-pass-" + UUID.randomUUID();
        Map<String, Object> arguments = new HashMap<>(Map.of("name", name, "connection_type", "postgres",
                "description", "E2E warehouse",
                "connection_details", Map.of("postgres", Map.of("hostname", "pg.e2e.example", "port", 5432,
                        "database", "analytics", "username", "hex_e2e", "password", password)),
                "sharing", Map.of("workspace", Map.of("members", "QUERY", "guests", "NONE"),
                        "groups", List.of(Map.of("group", Map.of("id", DATA_TEAM), "access", "VIEW_RESULTS"))),
                "schema_filters", Map.of("schemas", Map.of("include", Map.of("values", List.of("public"),
                        "matchType", "EXACT"))),
                "schema_refresh_schedule", Map.of("cadence", "DAILY", "enabled", true,
                        "daily", Map.of("timezoneString", "UTC", "hour", 4, "minute", 0))));
        CallToolResult created = e2e.call("create_hex_data_connection", arguments);
        assertThat(created.isError()).as(text(created)).isFalse();
        Map<String, Object> connection = map(created.structuredContent());
        String id = (String) connection.get("id");
        assertThat(connection).containsEntry("name", name).containsEntry("type", "postgres")
                .containsEntry("description", "E2E warehouse").containsEntry("includeMagic", true)
                .containsEntry("schemaRefreshAccess", "ADMINS");
        assertThat(map(map(connection.get("connectionDetails")).get("postgres"))).isEqualTo(Map.of(
                "hostname", "pg.e2e.example", "port", 5432, "database", "analytics", "username", "hex_e2e"));
        assertThat(map(map(connection.get("sharing")).get("workspace"))).containsEntry("members", "QUERY");
        assertThat(list(map(connection.get("sharing")).get("groups"))).containsExactly(Map.of(
                "group", Map.of("id", DATA_TEAM, "name", "Data Team"), "access", "VIEW_RESULTS"));
        assertThat(text(created)).startsWith("Created data connection \"" + name + "\" (" + id + "): postgres "
                + "(hostname=pg.e2e.example, port=5432, database=analytics, username=hex_e2e)")
                .contains("workspace members QUERY").contains("groups: Data Team VIEW_RESULTS");
        assertNeverShown(password, created, "create_hex_data_connection", name);

        CallToolResult got = e2e.call("get_hex_data_connection", Map.of("connection_id", id));
        assertThat(map(got.structuredContent())).isEqualTo(connection);
        assertThat(text(got)).startsWith("Data connection \"" + name + "\"");

        String rotated = "pg-rotated-" + UUID.randomUUID();
        Map<String, Object> update = new HashMap<>();
        update.put("connection_id", id);
        update.put("name", name + " v2");
        update.put("include_magic", false);
        update.put("schema_refresh_schedule", null);
        update.put("connection_details", Map.of("postgres", Map.of("password", rotated, "port", 6432)));
        CallToolResult updated = e2e.call("update_hex_data_connection", update);
        assertThat(updated.isError()).as(text(updated)).isFalse();
        Map<String, Object> after = map(updated.structuredContent());
        assertThat(after).containsEntry("name", name + " v2").containsEntry("includeMagic", false)
                .doesNotContainKey("schemaRefreshSchedule");
        assertThat(map(map(after.get("connectionDetails")).get("postgres"))).containsEntry("port", 6432)
                .doesNotContainKey("password");
        assertThat(text(updated)).startsWith("Updated data connection \"" + name + " v2\"").contains("Magic off");
        assertNeverShown(rotated, updated, "update_hex_data_connection", id);
        assertNeverShown(password, updated, "update_hex_data_connection", id);
    }

    @Test
    void snowflakeUsesKeyPairsAndDatabricksUrlsAreRedacted() {
        String key = "-----BEGIN PRIVATE KEY-----\nE2E" + UUID.randomUUID() + "\n-----END PRIVATE KEY-----";
        String passphrase = "phrase-" + UUID.randomUUID();
        String snowflakeName = unique("zz e2e snowflake");
        CallToolResult snowflake = e2e.call("create_hex_data_connection", Map.of("name", snowflakeName,
                "connection_type", "snowflake", "connection_details", Map.of("snowflake", Map.of(
                        "accountName", "e2e-xy12345", "warehouse", "WH", "database", "DB", "username", "HEX",
                        "privateKey", key, "passphrase", passphrase))));
        assertThat(snowflake.isError()).as(text(snowflake)).isFalse();
        assertThat(map(map(map(snowflake.structuredContent()).get("connectionDetails")).get("snowflake")))
                .containsEntry("accountName", "e2e-xy12345").doesNotContainKeys("privateKey", "passphrase");
        assertNeverShown(key, snowflake, "create_hex_data_connection", snowflakeName);
        assertNeverShown(passphrase, snowflake, "create_hex_data_connection", snowflakeName);

        String token = "dapi" + UUID.randomUUID().toString().replace("-", "");
        String jdbcUrl = "jdbc:databricks://e2e.cloud.databricks.example:443/default;httpPath=/sql/1.0/warehouses/"
                + UUID.randomUUID();
        String databricksName = unique("zz e2e databricks");
        CallToolResult databricks = e2e.call("create_hex_data_connection", Map.of("name", databricksName,
                "connection_type", "databricks", "connection_details", Map.of("databricks", Map.of(
                        "jdbcUrl", jdbcUrl, "accessToken", token))));
        assertThat(databricks.isError()).as(text(databricks)).isFalse();
        assertThat(map(map(map(databricks.structuredContent()).get("connectionDetails")).get("databricks")))
                .isEqualTo(Map.of("jdbcUrl", "[redacted]"));
        assertNeverShown(token, databricks, "create_hex_data_connection", databricksName);
        assertNeverShown(jdbcUrl, databricks, "create_hex_data_connection", databricksName);
    }

    @Test
    void readsSeededConnectionsWithServedSecretsRedacted() {
        CallToolResult lakehouse = e2e.call("get_hex_data_connection", Map.of("connection_id", LAKEHOUSE));
        assertThat(lakehouse.isError()).as(text(lakehouse)).isFalse();
        assertThat(map(map(map(lakehouse.structuredContent()).get("connectionDetails")).get("databricks")))
                .isEqualTo(Map.of("jdbcUrl", "[redacted]"));
        assertThat(EventCodec.mapper().writeValueAsString(lakehouse)).doesNotContain("dbc-fernbrook")
                .doesNotContain("emu-fake-dapi-token");

        CallToolResult warehouse = e2e.call("get_hex_data_connection", Map.of("connection_id", WAREHOUSE));
        Map<String, Object> connection = map(warehouse.structuredContent());
        assertThat(connection).containsEntry("name", "Fernbrook Warehouse").containsEntry("type", "postgres")
                .containsKeys("schemaFilters", "schemaRefreshSchedule", "sharing");
        assertThat(text(warehouse)).startsWith("Data connection \"Fernbrook Warehouse\" (" + WAREHOUSE + "): postgres "
                + "(hostname=warehouse.fernbrook.example, port=5432, database=analytics, username=hex_reader)")
                .contains("workspace members QUERY, guests NONE, public VIEW_RESULTS")
                .doesNotContain("emu-fake-pg-password");
    }

    @Test
    void listsConnectionsAndPagesByCursor() {
        Map<String, Object> byName = e2e.ok("list_hex_data_connections", Map.of("limit", 100, "sort_by", "NAME",
                "sort_direction", "ASC"));
        List<Map<String, Object>> all = list(byName.get("values"));
        assertThat(all).extracting(c -> c.get("id")).contains(WAREHOUSE, LAKEHOUSE, CLICKHOUSE);
        assertThat(all).allSatisfy(c -> assertThat(c).containsKeys("id", "name", "type")
                .doesNotContainKey("connectionDetails"));

        CallToolResult first = e2e.call("list_hex_data_connections", Map.of("limit", 2));
        Map<String, Object> page = map(first.structuredContent());
        String after = (String) map(page.get("pagination")).get("after");
        assertThat(text(first)).startsWith("2 data connections: ").contains("More: call again with after=\"" + after);
        Map<String, Object> second = e2e.ok("list_hex_data_connections", Map.of("limit", 2, "after", after));
        assertThat(list(second.get("values"))).extracting(c -> c.get("id"))
                .doesNotContainAnyElementsOf(list(page.get("values")).stream().map(c -> c.get("id")).toList());
    }

    @Test
    void reportsWhatHexRefuses() {
        CallToolResult readOnly = e2e.call("update_hex_data_connection", Map.of("connection_id", CLICKHOUSE,
                "name", "renamed"));
        assertThat(readOnly.isError()).isTrue();
        assertThat(text(readOnly)).contains("Hex rejected the arguments of update_hex_data_connection")
                .contains("INVALID_ARGUMENTS").contains("Hex status 422");

        String secret = "wrong-type-" + UUID.randomUUID();
        CallToolResult otherType = e2e.call("update_hex_data_connection", Map.of("connection_id", WAREHOUSE,
                "connection_details", Map.of("snowflake", Map.of("passphrase", secret))));
        assertThat(otherType.isError()).isTrue();
        assertThat(text(otherType)).contains("Hex status 400").doesNotContain(secret);
    }

    @Test
    void refusesBadInputByArgumentAndSendsNothing() {
        Instant before = Instant.now();
        Map<String, Object> postgres = Map.of("hostname", "h", "port", 5432, "database", "d", "username", "u",
                "password", "p-123456");
        assertInvalid(e2e.call("create_hex_data_connection", Map.of("name", "x", "connection_type", "postgres",
                "connection_details", Map.of("postgres", postgres),
                "sharing", Map.of("workspace", Map.of("members", "CAN_USE")))), "'sharing'");
        assertInvalid(e2e.call("create_hex_data_connection", Map.of("name", "x", "connection_type", "snowflake",
                "connection_details", Map.of("snowflake", Map.of("account", "a", "warehouse", "w", "database", "d",
                        "username", "u", "password", "p")))), "'connection_details'");
        assertInvalid(e2e.call("create_hex_data_connection", Map.of("name", "x", "connection_type", "clickhouse",
                "connection_details", Map.of("postgres", postgres))), "'connection_type'");
        assertInvalid(e2e.call("create_hex_data_connection", Map.of("name", "x", "connection_type", "redshift",
                "connection_details", Map.of("postgres", postgres))), "under \"redshift\"");
        assertInvalid(e2e.call("create_hex_data_connection", Map.of("name", "x", "type", "postgres",
                "connection_details", Map.of("postgres", postgres))), "'type'");
        assertInvalid(e2e.call("update_hex_data_connection", Map.of("connection_id", WAREHOUSE)), "nothing to change");
        assertInvalid(e2e.call("update_hex_data_connection", Map.of("connection_id", WAREHOUSE, "sharing",
                Map.of("groups", List.of(Map.of("group", Map.of("id", DATA_TEAM), "access", "QUERY"))))), "'sharing'");
        assertInvalid(e2e.call("get_hex_data_connection", Map.of("connection_id", "Fernbrook Warehouse")),
                "'connection_id'");
        assertInvalid(e2e.call("list_hex_data_connections", Map.of("sort_direction", "up")), "'sort_direction'");
        for (String operation : List.of("CreateDataConnection", "EditDataConnection", "GetDataConnection",
                "ListDataConnections")) {
            assertThat(DirectoryE2ESupport.requests(operation, before)).as(operation).isEmpty();
        }
        assertThat(logged()).doesNotContain("p-123456");
    }

    @Test
    void reportsHex404403And429ForEveryConnectionTool() {
        e2e.assertHexFailuresReported("list_hex_data_connections", "ListDataConnections", Map.of(), false, true);
        e2e.assertHexFailuresReported("get_hex_data_connection", "GetDataConnection",
                Map.of("connection_id", UNKNOWN_ID), false, false);
        e2e.assertHexFailuresReported("create_hex_data_connection", "CreateDataConnection", Map.of(
                "name", unique("zz e2e fault"), "connection_type", "postgres", "connection_details",
                Map.of("postgres", Map.of("hostname", "h", "port", 5432, "database", "d", "username", "u",
                        "password", "fault-secret-1"))), true, true);
        e2e.assertHexFailuresReported("update_hex_data_connection", "EditDataConnection",
                Map.of("connection_id", UNKNOWN_ID, "description", "x"), true, false);
        // The log capture the secret checks rely on does see the services' log lines.
        assertThat(logged()).contains("update_hex_data_connection failed: RATE_LIMITED").doesNotContain("fault-secret-1");
    }

    /**
     * The secret is in no part of the tool result, in no event on the command, result and audit topics (the
     * command carries it sealed), and in no log line of any service in this JVM.
     */
    private void assertNeverShown(String secret, CallToolResult result, String operation, String marker) {
        assertThat(EventCodec.mapper().writeValueAsString(result.structuredContent())).doesNotContain(secret);
        assertThat(text(result)).doesNotContain(secret);
        ConsumerRecord<String, String> command = probe.awaitRecord(r -> r.topic().equals(Topics.COMMANDS)
                && r.value().contains("\"" + operation + "\"") && r.value().contains(marker), EVENT_WAIT);
        assertThat(command.value()).contains("hxsealed:v1:");
        String commandId = EventCodec.mapper().readTree(command.value()).path("commandId").asString();
        probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS) && commandId.equals(r.key()), EVENT_WAIT);
        assertThat(probe.records()).allSatisfy(r -> assertThat(r.value()).as(r.topic()).doesNotContain(secret));
        assertThat(logged()).doesNotContain(secret);
    }

    private String logged() {
        return logs.text();
    }

    private static void assertInvalid(CallToolResult result, String mention) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains("Invalid arguments").contains(mention).contains("Nothing was sent to Hex");
    }
}
