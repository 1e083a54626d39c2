package dev.hexgate.local;

import static dev.hexgate.local.DirectoryE2ESupport.DATA_TEAM;
import static dev.hexgate.local.DirectoryE2ESupport.PRIYA;
import static dev.hexgate.local.DirectoryE2ESupport.UNKNOWN_ID;
import static dev.hexgate.local.DirectoryE2ESupport.list;
import static dev.hexgate.local.DirectoryE2ESupport.map;
import static dev.hexgate.local.DirectoryE2ESupport.text;
import static dev.hexgate.local.DirectoryE2ESupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Collection tools end to end. Hex has no API to delete a collection, so the collections made here stay in the
 * shared emulator; their names start with "zz e2e" so they sort after the seeded ones (lists go A to Z).
 */
class CollectionToolsE2ETest extends DirectoryToolsE2E {

    @Test
    void createsReadsAndUpdatesACollectionWithItsSharing() {
        String name = unique("zz e2e collection");
        CallToolResult created = e2e.call("create_hex_collection", Map.of("name", name,
                "description", "Made by the directory E2E test",
                "sharing_users", List.of(Map.of("id", PRIYA, "access", "CAN_EDIT")),
                "sharing_groups", List.of(Map.of("id", DATA_TEAM, "access", "CAN_VIEW")),
                "workspace_access", "CAN_VIEW"));
        assertThat(created.isError()).as(text(created)).isFalse();
        Map<String, Object> collection = map(created.structuredContent());
        String id = (String) collection.get("id");
        assertThat(collection).containsEntry("name", name).containsEntry("description", "Made by the directory E2E test");
        assertThat(map(collection.get("creator"))).containsEntry("email", "maya.okafor@fernbrook.example");
        Map<String, Object> sharing = map(collection.get("sharing"));
        assertThat(list(sharing.get("users"))).containsExactly(Map.of("id", PRIYA, "access", "CAN_EDIT"));
        assertThat(list(sharing.get("groups"))).containsExactly(Map.of("id", DATA_TEAM, "access", "CAN_VIEW"));
        assertThat(map(sharing.get("workspace"))).containsEntry("members", "CAN_VIEW");
        assertThat(text(created)).startsWith("Created collection \"" + name + "\" (" + id + ")")
                .contains("created by maya.okafor@fernbrook.example").contains("shared with 1 person and 1 group")
                .contains("workspace members: CAN_VIEW").contains("update_hex_project_collection_sharing");

        CallToolResult got = e2e.call("get_hex_collection", Map.of("collection_id", id));
        assertThat(map(got.structuredContent())).isEqualTo(collection);
        assertThat(text(got)).startsWith("Collection \"" + name + "\" (" + id + ")");

        String renamed = name + " (renamed)";
        CallToolResult updated = e2e.call("update_hex_collection", Map.of("collection_id", id, "name", renamed,
                "sharing_users", List.of(Map.of("id", PRIYA, "access", "NONE")), "workspace_access", "NONE"));
        assertThat(updated.isError()).as(text(updated)).isFalse();
        Map<String, Object> after = map(updated.structuredContent());
        assertThat(after).containsEntry("name", renamed).containsEntry("description", "Made by the directory E2E test");
        assertThat(list(map(after.get("sharing")).get("users"))).isEmpty();
        assertThat(list(map(after.get("sharing")).get("groups"))).hasSize(1);
        assertThat(text(updated)).startsWith("Updated collection \"" + renamed + "\"")
                .contains("shared with 0 people and 1 group");
    }

    @Test
    void listsCollectionsAToZAndPagesByCursor() {
        String id = (String) e2e.ok("create_hex_collection", Map.of("name", unique("zz e2e listed"))).get("id");
        Map<String, Object> page = e2e.ok("list_hex_collections", Map.of("limit", 2, "sort_by", "NAME"));
        List<Map<String, Object>> values = list(page.get("values"));
        assertThat(values).hasSize(2);
        assertThat((String) values.get(0).get("name")).isLessThanOrEqualTo((String) values.get(1).get("name"));
        String after = (String) map(page.get("pagination")).get("after");
        boolean found = false;
        int pages = 1;
        while (after != null && pages < 100) {
            CallToolResult next = e2e.call("list_hex_collections", Map.of("limit", 2, "after", after));
            Map<String, Object> nextPage = map(next.structuredContent());
            found |= list(nextPage.get("values")).stream().anyMatch(c -> id.equals(c.get("id")));
            after = (String) map(nextPage.get("pagination")).get("after");
            pages++;
            if (after == null) {
                assertThat(text(next)).endsWith("This is the last page.");
            }
        }
        assertThat(found).as("the new collection is on a later page").isTrue();
    }

    @Test
    void refusesBadInputByArgumentAndSendsNothing() {
        Instant before = Instant.now();
        assertInvalid(e2e.call("get_hex_collection", Map.of("collection_id", "42")), "'collection_id'");
        assertInvalid(e2e.call("create_hex_collection", Map.of("description", "no name")), "'name'");
        assertInvalid(e2e.call("create_hex_collection", Map.of("name", "x", "sharing_users",
                List.of(Map.of("id", PRIYA, "access", "can view")))), "'sharing_users'");
        assertInvalid(e2e.call("create_hex_collection", Map.of("name", "x", "sharing_groups",
                List.of(Map.of("group_id", DATA_TEAM, "access", "CAN_VIEW")))), "'sharing_groups'");
        assertInvalid(e2e.call("update_hex_collection", Map.of("collection_id", UNKNOWN_ID)), "nothing to change");
        assertInvalid(e2e.call("list_hex_collections", Map.of("sort_by", "CREATED_AT")), "'sort_by'");
        assertInvalid(e2e.call("list_hex_collections", Map.of("limit", 101)), "'limit'");
        for (String operation : List.of("GetCollection", "CreateCollection", "EditCollection", "ListCollections")) {
            assertThat(DirectoryE2ESupport.requests(operation, before)).as(operation).isEmpty();
        }
    }

    @Test
    void reportsHex404403And429ForEveryCollectionTool() {
        e2e.assertHexFailuresReported("list_hex_collections", "ListCollections", Map.of(), false, true);
        e2e.assertHexFailuresReported("get_hex_collection", "GetCollection", Map.of("collection_id", UNKNOWN_ID),
                false, false);
        e2e.assertHexFailuresReported("create_hex_collection", "CreateCollection",
                Map.of("name", unique("zz e2e fault")), true, true);
        Map<String, Object> update = new HashMap<>();
        update.put("collection_id", UNKNOWN_ID);
        update.put("description", "x");
        e2e.assertHexFailuresReported("update_hex_collection", "EditCollection", update, true, false);
    }

    private static void assertInvalid(CallToolResult result, String mention) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains("Invalid arguments").contains(mention).contains("Nothing was sent to Hex");
    }
}
