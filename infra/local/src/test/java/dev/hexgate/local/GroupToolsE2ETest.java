package dev.hexgate.local;

import static dev.hexgate.local.DirectoryE2ESupport.KENJI;
import static dev.hexgate.local.DirectoryE2ESupport.PRIYA;
import static dev.hexgate.local.DirectoryE2ESupport.SOFIA;
import static dev.hexgate.local.DirectoryE2ESupport.UNKNOWN_ID;
import static dev.hexgate.local.DirectoryE2ESupport.list;
import static dev.hexgate.local.DirectoryE2ESupport.map;
import static dev.hexgate.local.DirectoryE2ESupport.text;
import static dev.hexgate.local.DirectoryE2ESupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Group tools end to end: create, read, list, rename and change members, delete; bad input; Hex's 404, 403, 429. */
class GroupToolsE2ETest extends DirectoryToolsE2E {

    @Test
    void announcesTheGroupToolsWithTruthfulAnnotations() {
        Map<String, Tool> tools = new java.util.HashMap<>();
        e2e.client.listTools().tools().forEach(t -> tools.put(t.name(), t));
        assertThat(tools).containsKeys("list_hex_groups", "get_hex_group", "create_hex_group", "update_hex_group",
                "delete_hex_group");
        assertThat(tools.get("list_hex_groups").annotations().readOnlyHint()).isTrue();
        assertThat(tools.get("delete_hex_group").annotations().destructiveHint()).isTrue();
        assertThat(tools.get("create_hex_group").annotations().idempotentHint()).isFalse();
        assertThat(map(tools.get("update_hex_group").inputSchema().get("properties")))
                .containsKeys("group_id", "name", "add_member_user_ids", "remove_member_user_ids");
        assertThat(map(tools.get("create_hex_group").inputSchema().get("properties")))
                .containsKeys("name", "member_user_ids");
    }

    @Test
    void createsReadsListsChangesAndDeletesAGroup() {
        String name = unique("e2e group");
        CallToolResult created = e2e.call("create_hex_group", Map.of("name", name, "member_user_ids",
                List.of(PRIYA, KENJI)));
        Map<String, Object> group = map(created.structuredContent());
        assertThat(created.isError()).as(text(created)).isFalse();
        String id = (String) group.get("id");
        assertThat(group).containsEntry("name", name);
        assertThat(list(map(group.get("members")).get("users"))).extracting(u -> u.get("id"))
                .containsExactlyInAnyOrder(PRIYA, KENJI);
        assertThat(text(created)).isEqualTo("Created group \"" + name + "\" (" + id + ") with 2 members.");

        CallToolResult got = e2e.call("get_hex_group", Map.of("group_id", id));
        assertThat(map(got.structuredContent())).containsEntry("id", id).containsEntry("name", name)
                .containsKey("createdAt");
        assertThat(text(got)).startsWith("Group \"" + name + "\" (" + id + "), created ")
                .contains("list_hex_users with group_id=\"" + id + "\"");

        Map<String, Object> page = e2e.ok("list_hex_groups", Map.of("limit", 500, "sort_by", "NAME",
                "sort_direction", "ASC"));
        assertThat(list(page.get("values"))).extracting(g -> g.get("id")).contains(id);
        assertThat(map(page.get("pagination"))).containsEntry("after", null);

        String renamed = name + " renamed";
        CallToolResult updated = e2e.call("update_hex_group", Map.of("group_id", id, "name", renamed,
                "add_member_user_ids", List.of(SOFIA), "remove_member_user_ids", List.of(KENJI)));
        assertThat(updated.isError()).as(text(updated)).isFalse();
        assertThat(map(updated.structuredContent())).containsEntry("id", id).containsEntry("name", renamed);
        assertThat(text(updated)).startsWith("Updated group \"" + renamed + "\" (" + id
                + "): renamed, added 1 member, removed 1 member.");
        List<String> members = new ArrayList<>();
        e2e.hexGet("/users?groupId=" + id + "&limit=100").path("values")
                .forEach(u -> members.add(u.path("id").asString()));
        assertThat(members).containsExactlyInAnyOrder(PRIYA, SOFIA);

        CallToolResult deleted = e2e.call("delete_hex_group", Map.of("group_id", id));
        assertThat(deleted.isError()).as(text(deleted)).isFalse();
        assertThat(map(deleted.structuredContent())).isEqualTo(Map.of("deleted", true, "groupId", id));
        assertThat(text(deleted)).startsWith("Deleted group " + id + ". Its members stay in the workspace");

        CallToolResult gone = e2e.call("get_hex_group", Map.of("group_id", id));
        assertThat(gone.isError()).isTrue();
        assertThat(text(gone)).contains("Hex has no group " + id).contains("NOT_FOUND");
    }

    @Test
    void pagesGroupsByCursor() {
        Map<String, Object> first = e2e.ok("list_hex_groups", Map.of("limit", 1));
        assertThat(list(first.get("values"))).hasSize(1);
        String after = (String) map(first.get("pagination")).get("after");
        assertThat(after).isNotBlank();
        CallToolResult secondCall = e2e.call("list_hex_groups", Map.of("limit", 1, "after", after));
        Map<String, Object> second = map(secondCall.structuredContent());
        assertThat(list(second.get("values"))).extracting(g -> g.get("id"))
                .doesNotContain(list(first.get("values")).get(0).get("id"));
        assertThat(map(second.get("pagination")).get("before")).isNotNull();
        assertThat(text(secondCall)).startsWith("1 group: \"");
    }

    @Test
    void refusesBadInputByArgumentAndSendsNothing() {
        Instant before = Instant.now();
        assertInvalid(e2e.call("get_hex_group", Map.of("group_id", "not-a-uuid")), "'group_id'");
        assertInvalid(e2e.call("create_hex_group", Map.of()), "'name'");
        assertInvalid(e2e.call("create_hex_group", Map.of("name", "x", "member_user_ids", List.of("bob"))),
                "'member_user_ids'");
        assertInvalid(e2e.call("update_hex_group", Map.of("group_id", UNKNOWN_ID)), "nothing to change");
        assertInvalid(e2e.call("update_hex_group", Map.of("group_id", UNKNOWN_ID, "add_member_user_ids",
                List.of(PRIYA), "remove_member_user_ids", List.of(PRIYA))), "'remove_member_user_ids'");
        assertInvalid(e2e.call("update_hex_group", Map.of("group_id", UNKNOWN_ID, "add_member_user_ids",
                java.util.Collections.nCopies(101, PRIYA))), "'add_member_user_ids'");
        assertInvalid(e2e.call("list_hex_groups", Map.of("limit", 501)), "'limit'");
        assertInvalid(e2e.call("list_hex_groups", Map.of("sort_by", "name")), "'sort_by'");
        assertInvalid(e2e.call("list_hex_groups", Map.of("after", "a", "before", "b")), "either 'after' or 'before'");
        assertInvalid(e2e.call("delete_hex_group", Map.of()), "'group_id'");
        for (String operation : List.of("GetGroup", "CreateGroup", "EditGroup", "ListGroups", "DeleteGroup")) {
            assertThat(DirectoryE2ESupport.requests(operation, before)).as(operation).isEmpty();
        }
    }

    @Test
    void reportsHexRefusingADuplicateName() {
        String name = unique("e2e dup");
        String id = (String) e2e.ok("create_hex_group", Map.of("name", name)).get("id");
        try {
            CallToolResult duplicate = e2e.call("create_hex_group", Map.of("name", name));
            assertThat(duplicate.isError()).isTrue();
            assertThat(text(duplicate)).contains("Hex rejected the arguments of create_hex_group")
                    .contains("INVALID_ARGUMENTS").contains("Hex status 400");
        } finally {
            e2e.ok("delete_hex_group", Map.of("group_id", id));
        }
    }

    @Test
    void reportsHex404403And429ForEveryGroupTool() {
        e2e.assertHexFailuresReported("list_hex_groups", "ListGroups", Map.of(), false, true);
        e2e.assertHexFailuresReported("get_hex_group", "GetGroup", Map.of("group_id", UNKNOWN_ID), false, false);
        e2e.assertHexFailuresReported("create_hex_group", "CreateGroup", Map.of("name", unique("e2e fault")), true,
                true);
        e2e.assertHexFailuresReported("update_hex_group", "EditGroup", Map.of("group_id", UNKNOWN_ID, "name", "x"),
                true, false);
        e2e.assertHexFailuresReported("delete_hex_group", "DeleteGroup", Map.of("group_id", UNKNOWN_ID), true, false);
    }

    private static void assertInvalid(CallToolResult result, String mention) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains("Invalid arguments").contains(mention).contains("Nothing was sent to Hex");
    }
}
