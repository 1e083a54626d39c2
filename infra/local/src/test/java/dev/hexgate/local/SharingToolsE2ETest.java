package dev.hexgate.local;

import static dev.hexgate.local.DirectoryE2ESupport.SOFIA;
import static dev.hexgate.local.DirectoryE2ESupport.UNKNOWN_ID;
import static dev.hexgate.local.DirectoryE2ESupport.list;
import static dev.hexgate.local.DirectoryE2ESupport.map;
import static dev.hexgate.local.DirectoryE2ESupport.text;
import static dev.hexgate.local.DirectoryE2ESupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Project sharing tools end to end, on the seeded project "Pricing Experiment Readout" (shared with Priya and
 * Tomás, workspace and public web NONE). Every change made here is undone before the test ends; groups and
 * collections shared with the project are the test's own.
 */
class SharingToolsE2ETest extends DirectoryToolsE2E {

    private static final String PROJECT = "0195a3ce-59db-7356-839e-ac50486403c0";
    private static final String TITLE = "Pricing Experiment Readout";
    private static final String SOFIA_EMAIL = "sofia.marchetti@fernbrook.example";

    @Test
    void sharesWithAPersonReportsRefusedIdsAndUndoes() {
        try {
            CallToolResult shared = e2e.call("update_hex_project_user_sharing", Map.of("project_id", PROJECT,
                    "user_permissions", List.of(Map.of("user_id", SOFIA, "access", "CAN_VIEW"),
                            Map.of("user_id", UNKNOWN_ID, "access", "CAN_EDIT"))));
            assertThat(shared.isError()).as("partial success is not an error").isFalse();
            Map<String, Object> result = map(shared.structuredContent());
            Map<String, Object> project = map(result.get("project"));
            assertThat(project).containsEntry("id", PROJECT).containsEntry("title", TITLE);
            assertThat(list(map(project.get("sharing")).get("users")))
                    .contains(Map.of("user", Map.of("email", SOFIA_EMAIL), "access", "CAN_VIEW"));
            assertThat(list(result.get("errors"))).singleElement().satisfies(error -> {
                assertThat(error).containsEntry("userIds", List.of(UNKNOWN_ID));
                assertThat((String) error.get("reason")).isNotBlank();
            });
            assertThat(text(shared)).startsWith("Partly applied: 1 of 2 changes to the user sharing of \"" + TITLE
                    + "\" (" + PROJECT + ") applied. Refused: " + UNKNOWN_ID + ": ")
                    .contains(SOFIA_EMAIL + " (CAN_VIEW)");

            CallToolResult refused = e2e.call("update_hex_project_user_sharing", Map.of("project_id", PROJECT,
                    "user_permissions", List.of(Map.of("user_id", UNKNOWN_ID, "access", "CAN_VIEW"))));
            assertThat(refused.isError()).isFalse();
            assertThat(text(refused)).startsWith("Nothing changed: Hex refused the change to the user sharing of");
        } finally {
            CallToolResult undone = e2e.call("update_hex_project_user_sharing", Map.of("project_id", PROJECT,
                    "user_permissions", List.of(Map.of("user_id", SOFIA, "access", "NONE"))));
            assertThat(text(undone)).startsWith("Updated user sharing of \"" + TITLE + "\" (" + PROJECT
                    + "): 1 change applied.").doesNotContain(SOFIA_EMAIL);
            assertThat(list(map(map(map(undone.structuredContent()).get("project")).get("sharing")).get("users")))
                    .extracting(u -> map(u.get("user")).get("email")).doesNotContain(SOFIA_EMAIL);
        }
    }

    @Test
    void sharesWithAGroupOfItsOwnAndUndoes() {
        String groupName = unique("e2e sharing group");
        String group = (String) e2e.ok("create_hex_group", Map.of("name", groupName)).get("id");
        try {
            CallToolResult shared = e2e.call("update_hex_project_group_sharing", Map.of("project_id", PROJECT,
                    "group_permissions", List.of(Map.of("group_id", group, "access", "CAN_EDIT"))));
            assertThat(shared.isError()).as(text(shared)).isFalse();
            Map<String, Object> sharing = map(map(map(shared.structuredContent()).get("project")).get("sharing"));
            assertThat(list(sharing.get("groups")))
                    .contains(Map.of("group", Map.of("name", groupName), "access", "CAN_EDIT"));
            assertThat(list(map(shared.structuredContent()).get("errors"))).isEmpty();
            assertThat(text(shared)).startsWith("Updated group sharing of \"" + TITLE + "\" (" + PROJECT
                    + "): 1 change applied.").contains(groupName + " (CAN_EDIT)");

            CallToolResult removed = e2e.call("update_hex_project_group_sharing", Map.of("project_id", PROJECT,
                    "group_permissions", List.of(Map.of("group_id", group, "access", "NONE"))));
            assertThat(text(removed)).doesNotContain(groupName);
        } finally {
            e2e.ok("delete_hex_group", Map.of("group_id", group));
        }
    }

    @Test
    void addsTheProjectToACollectionOfItsOwnAndTakesItOut() {
        String collectionName = unique("zz e2e sharing collection");
        String collection = (String) e2e.ok("create_hex_collection", Map.of("name", collectionName)).get("id");
        try {
            CallToolResult added = e2e.call("update_hex_project_collection_sharing", Map.of("project_id", PROJECT,
                    "collection_permissions", List.of(Map.of("collection_id", collection, "access", "APP_ONLY"))));
            assertThat(added.isError()).as(text(added)).isFalse();
            assertThat(list(map(map(map(added.structuredContent()).get("project")).get("sharing")).get("collections")))
                    .contains(Map.of("collection", Map.of("name", collectionName), "access", "APP_ONLY"));
            assertThat(text(added)).startsWith("Updated collections of \"" + TITLE + "\"")
                    .contains(collectionName + " (APP_ONLY)");

            Map<String, Object> listed = e2e.ok("list_hex_projects", Map.of("collection_id", collection));
            assertThat(list(listed.get("values"))).extracting(p -> p.get("id")).containsExactly(PROJECT);
        } finally {
            CallToolResult out = e2e.call("update_hex_project_collection_sharing", Map.of("project_id", PROJECT,
                    "collection_permissions", List.of(Map.of("collection_id", collection, "access", "NONE"))));
            assertThat(text(out)).doesNotContain(collectionName);
        }
    }

    @Test
    void setsWorkspaceAndPublicAccessReportsARefusedLevelAndRestoresThem() {
        Map<String, Object> sharing = map(e2e.ok("get_hex_project", Map.of("project_id", PROJECT,
                "include_sharing", true)).get("sharing"));
        String workspaceBefore = (String) map(sharing.get("workspace")).get("access");
        String publicBefore = (String) map(sharing.get("publicWeb")).get("access");
        try {
            CallToolResult partly = e2e.call("update_hex_project_workspace_sharing", Map.of("project_id", PROJECT,
                    "workspace_access", "CAN_VIEW", "public_access", "CAN_EDIT"));
            assertThat(partly.isError()).isFalse();
            Map<String, Object> result = map(partly.structuredContent());
            Map<String, Object> after = map(map(result.get("project")).get("sharing"));
            assertThat(map(after.get("workspace"))).containsEntry("access", "CAN_VIEW");
            assertThat(map(after.get("publicWeb"))).containsEntry("access", publicBefore);
            assertThat(list(result.get("errors"))).singleElement()
                    .satisfies(e -> assertThat(e).containsEntry("type", "publicWeb"));
            assertThat(text(partly)).startsWith("Partly applied: 1 of 2 changes to the workspace and public access of")
                    .contains("Refused: publicWeb: ").contains("Now: workspace CAN_VIEW, public web " + publicBefore);

            CallToolResult published = e2e.call("update_hex_project_workspace_sharing", Map.of("project_id", PROJECT,
                    "public_access", "APP_ONLY"));
            assertThat(text(published)).contains("1 change applied").contains("Now: workspace CAN_VIEW, public web APP_ONLY");
        } finally {
            CallToolResult restored = e2e.call("update_hex_project_workspace_sharing", Map.of("project_id", PROJECT,
                    "workspace_access", workspaceBefore, "public_access", publicBefore));
            assertThat(text(restored)).contains("2 changes applied")
                    .contains("Now: workspace " + workspaceBefore + ", public web " + publicBefore);
        }
    }

    @Test
    void refusesBadInputByArgumentAndSendsNothing() {
        Instant before = Instant.now();
        List<Map<String, Object>> tooMany = Collections.nCopies(26, Map.of("user_id", SOFIA, "access", "NONE"));
        assertInvalid(e2e.call("update_hex_project_user_sharing", Map.of("project_id", PROJECT,
                "user_permissions", tooMany)), "'user_permissions'");
        assertInvalid(e2e.call("update_hex_project_user_sharing", Map.of("project_id", PROJECT,
                "user_permissions", List.of())), "'user_permissions'");
        assertInvalid(e2e.call("update_hex_project_group_sharing", Map.of("project_id", PROJECT,
                "group_permissions", List.of(Map.of("group_id", UNKNOWN_ID, "access", "CAN_USE")))),
                "'group_permissions'");
        assertInvalid(e2e.call("update_hex_project_collection_sharing", Map.of("project_id", "Pricing",
                "collection_permissions", List.of(Map.of("collection_id", UNKNOWN_ID, "access", "NONE")))),
                "'project_id'");
        assertInvalid(e2e.call("update_hex_project_workspace_sharing", Map.of("project_id", PROJECT)),
                "nothing to change");
        assertInvalid(e2e.call("update_hex_project_workspace_sharing", Map.of("project_id", PROJECT,
                "public_web_access", "NONE")), "'public_web_access'");
        for (String operation : List.of("EditProjectSharingUsers", "EditProjectSharingGroups",
                "EditProjectSharingCollections", "EditProjectSharingOrgAndPublic")) {
            assertThat(DirectoryE2ESupport.requests(operation, before)).as(operation).isEmpty();
        }
    }

    @Test
    void reportsHex404403And429ForEverySharingTool() {
        e2e.assertHexFailuresReported("update_hex_project_user_sharing", "EditProjectSharingUsers",
                Map.of("project_id", UNKNOWN_ID, "user_permissions", List.of(Map.of("user_id", SOFIA,
                        "access", "CAN_VIEW"))), true, false);
        e2e.assertHexFailuresReported("update_hex_project_group_sharing", "EditProjectSharingGroups",
                Map.of("project_id", UNKNOWN_ID, "group_permissions", List.of(Map.of("group_id", UNKNOWN_ID,
                        "access", "CAN_VIEW"))), true, false);
        e2e.assertHexFailuresReported("update_hex_project_collection_sharing", "EditProjectSharingCollections",
                Map.of("project_id", UNKNOWN_ID, "collection_permissions", List.of(Map.of("collection_id",
                        UNKNOWN_ID, "access", "CAN_VIEW"))), true, false);
        e2e.assertHexFailuresReported("update_hex_project_workspace_sharing", "EditProjectSharingOrgAndPublic",
                Map.of("project_id", UNKNOWN_ID, "workspace_access", "CAN_VIEW"), true, false);
    }

    private static void assertInvalid(CallToolResult result, String mention) {
        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).contains("Invalid arguments").contains(mention).contains("Nothing was sent to Hex");
    }
}
