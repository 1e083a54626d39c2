package dev.hexgate.gateway.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.secrets.SealingKeys;
import dev.hexgate.gateway.secrets.CommandSecrets;
import dev.hexgate.gateway.tools.dataconnections.CreateHexDataConnectionTool;
import dev.hexgate.gateway.tools.groups.UpdateHexGroupTool;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The directory tools' definitions load and their input schemas say what a model may send. */
class DirectoryToolDefinitionsTest {

    static final List<String> TOOLS = List.of("update_hex_project_user_sharing", "update_hex_project_group_sharing",
            "update_hex_project_collection_sharing", "update_hex_project_workspace_sharing", "list_hex_collections",
            "get_hex_collection", "create_hex_collection", "update_hex_collection", "list_hex_groups", "get_hex_group",
            "create_hex_group", "update_hex_group", "delete_hex_group", "list_hex_data_connections",
            "get_hex_data_connection", "create_hex_data_connection", "update_hex_data_connection");
    private static final String UUID = "0195a3ce-59db-7356-839e-ac50486403c0";
    private static final ToolDefinitions DEFINITIONS = new ToolDefinitions(EventCodec.mapper());

    static List<String> tools() {
        return TOOLS;
    }

    @ParameterizedTest
    @MethodSource("tools")
    void loadsWithObjectSchemasAndNoUnresolvedIncludes(String tool) {
        ToolDefinitions.ToolDefinition definition = DEFINITIONS.load(tool);
        assertThat(definition.tool().outputSchema()).containsEntry("type", "object");
        assertThat(definition.inputSchema().path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(EventCodec.mapper().writeValueAsString(definition.tool())).doesNotContain("$include");
        assertThat(definition.tool().description()).isNotBlank();
        assertThat(definition.tool().annotations().openWorldHint()).isTrue();
    }

    @Test
    void sharingTakesHexsLevelsAtMost25AtATime() {
        assertThat(problem("update_hex_project_user_sharing", """
                {"project_id": "%s", "user_permissions": [{"user_id": "%s", "access": "CAN_VIEW"}]}"""
                .formatted(UUID, UUID))).isEmpty();
        assertThat(problem("update_hex_project_user_sharing", """
                {"project_id": "%s", "user_permissions": [{"user_id": "%s", "access": "CAN_USE"}]}"""
                .formatted(UUID, UUID))).hasValueSatisfying(p -> assertThat(p).contains("'user_permissions'"));
        String many = "[" + String.join(",", java.util.Collections.nCopies(26,
                "{\"group_id\": \"" + UUID + "\", \"access\": \"NONE\"}")) + "]";
        assertThat(problem("update_hex_project_group_sharing",
                "{\"project_id\": \"" + UUID + "\", \"group_permissions\": " + many + "}"))
                .hasValueSatisfying(p -> assertThat(p).contains("'group_permissions'"));
    }

    @Test
    void connectionsTakeHexsTypesDetailsAndSharingLevels() {
        String postgres = """
                {"name": "WH", "connection_type": "postgres", "connection_details": {"postgres": {"hostname": "h",
                 "port": 5432, "database": "d", "username": "u", "password": "p"}},
                 "sharing": {"workspace": {"members": "QUERY"}}}""";
        assertThat(problem("create_hex_data_connection", postgres)).isEmpty();
        assertThat(problem("create_hex_data_connection", postgres.replace("QUERY", "CAN_USE")))
                .hasValueSatisfying(p -> assertThat(p).contains("'sharing'"));
        assertThat(problem("create_hex_data_connection", """
                {"name": "SF", "connection_type": "snowflake", "connection_details": {"snowflake": {"account": "a",
                 "warehouse": "w", "database": "d", "username": "u", "password": "p"}}}"""))
                .hasValueSatisfying(p -> assertThat(p).contains("'connection_details'"));
        assertThat(problem("create_hex_data_connection", """
                {"name": "CH", "connection_type": "clickhouse", "connection_details": {"postgres": {}}}"""))
                .hasValueSatisfying(p -> assertThat(p).contains("'connection_type'"));
    }

    @Test
    void connectionDetailsMustSitUnderTheTypeAndSecretsNeedASealingKey() {
        JsonNode arguments = json("""
                {"name": "WH", "connection_type": "postgres", "connection_details": {"redshift": {"host": "h",
                 "port": 5439, "database": "d", "username": "u", "password": "p"}}}""");
        CreateHexDataConnectionTool withKey = new CreateHexDataConnectionTool(
                new CommandSecrets(SealingKeys.encode(SealingKeys.generate().getPublic())));
        assertThat(withKey.checkArguments(arguments)).hasValueSatisfying(
                p -> assertThat(p).contains("'connection_details'").contains("\"postgres\""));

        JsonNode valid = json("""
                {"name": "WH", "connection_type": "postgres", "connection_details": {"postgres": {"hostname": "h",
                 "port": 5432, "database": "d", "username": "u", "password": "pw-0042"}}}""");
        assertThat(withKey.checkArguments(valid)).isEmpty();
        assertThat(withKey.commandArguments(valid).toString()).doesNotContain("pw-0042").contains("hxsealed:v1:");
        assertThat(new CreateHexDataConnectionTool(new CommandSecrets("")).checkArguments(valid))
                .hasValueSatisfying(p -> assertThat(p).contains("HEXGATE_SECRETS_PUBLIC_KEY"));
    }

    @Test
    void groupUpdatesMustChangeSomethingAndNotAddAndRemoveOneUser() {
        UpdateHexGroupTool tool = new UpdateHexGroupTool();
        assertThat(tool.checkArguments(json("{\"group_id\": \"" + UUID + "\"}")))
                .hasValueSatisfying(p -> assertThat(p).contains("nothing to change"));
        assertThat(tool.checkArguments(json("{\"group_id\": \"g\", \"add_member_user_ids\": [\"" + UUID
                + "\"], \"remove_member_user_ids\": [\"" + UUID + "\"]}")))
                .hasValueSatisfying(p -> assertThat(p).contains("'remove_member_user_ids'"));
        assertThat(tool.checkArguments(json("{\"group_id\": \"g\", \"name\": \"n\"}"))).isEmpty();
    }

    private static Optional<String> problem(String tool, String arguments) {
        return new ArgumentValidator(DEFINITIONS.load(tool).inputSchema()).problem(json(arguments));
    }

    private static JsonNode json(String text) {
        return EventCodec.mapper().readTree(text);
    }
}
