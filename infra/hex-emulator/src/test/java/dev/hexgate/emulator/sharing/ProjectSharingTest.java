package dev.hexgate.emulator.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.DirectoryHttpTest;
import dev.hexgate.emulator.workspace.Project;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** The four sharing PATCHes, on a seeded project that is restored after every test. */
class ProjectSharingTest extends DirectoryHttpTest {

    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
    private static final String LEADERSHIP = "af38f0db-bc86-4564-a746-59822b6b907d";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String FINANCE = "5c459001-2644-4721-9365-a280dfca5954";

    private Project project;
    private String base;

    @BeforeEach
    void borrow() {
        project = borrowProject(BORROWED_PROJECT);
        base = "/api/v1/projects/" + project.id() + "/sharing/";
    }

    @Test
    void usersGrantChangeAndRemoveAccessByIdAndAnswerByEmail() {
        String kenji = id("kenji.watanabe@fernbrook.example");
        String maya = id("maya.okafor@fernbrook.example");

        JsonNode body = sendExpecting(200, HttpMethod.PATCH, base + "users", users(
                entry("user", kenji, "CAN_VIEW"), entry("user", maya, "NONE")));

        assertThat(body.propertyNames()).containsExactly("project");
        assertThat(body.at("/project/id").asString()).isEqualTo(project.id().toString());
        assertThat(body.at("/project/title").asString()).isEqualTo(BORROWED_PROJECT);
        JsonNode users = body.at("/project/sharing/users");
        assertThat(texts(users, "/user/email"))
                .containsExactly("priya.natarajan@fernbrook.example", "kenji.watanabe@fernbrook.example");
        assertThat(texts(users, "/access")).containsExactly("FULL_ACCESS", "CAN_VIEW");

        JsonNode changed = sendExpecting(200, HttpMethod.PATCH, base + "users", users(entry("user", kenji, "CAN_EDIT")));
        assertThat(texts(changed.at("/project/sharing/users"), "/access")).containsExactly("FULL_ACCESS", "CAN_EDIT");
        assertThat(getOk(PROJECTS + "/" + project.id(), "includeSharing", "true").get("sharing"))
                .isEqualTo(changed.at("/project/sharing"));
    }

    @Test
    void unknownUsersAreReportedWhileTheOthersStillApply() {
        String kenji = id("kenji.watanabe@fernbrook.example");
        String other = "11111111-1111-4111-8111-111111111111";

        JsonNode body = sendExpecting(200, HttpMethod.PATCH, base + "users", users(
                entry("user", NO_SUCH_ID, "CAN_VIEW"), entry("user", kenji, "APP_ONLY"),
                entry("user", other, "CAN_EDIT")));

        assertThat(body.get("errors")).hasSize(1);
        assertThat(body.at("/errors/0").propertyNames()).containsExactlyInAnyOrder("userIds", "reason");
        assertThat(texts(body.at("/errors/0/userIds"), "")).containsExactly(NO_SUCH_ID, other);
        assertThat(body.at("/errors/0/reason").asString()).isEqualTo("User not found");
        assertThat(texts(body.at("/project/sharing/users"), "/user/email"))
                .contains("kenji.watanabe@fernbrook.example");
    }

    @Test
    void groupsAreSharedByIdAndShownByName() {
        JsonNode body = sendExpecting(200, HttpMethod.PATCH, base + "groups", groups(
                entry("group", LEADERSHIP, "APP_ONLY"), entry("group", DATA_TEAM, "CAN_EDIT"),
                entry("group", NO_SUCH_ID, "CAN_VIEW")));

        assertThat(texts(body.at("/project/sharing/groups"), "/group/name")).containsExactly("Leadership", "Data Team");
        assertThat(texts(body.at("/project/sharing/groups"), "/access")).containsExactly("APP_ONLY", "CAN_EDIT");
        assertThat(body.at("/errors/0").propertyNames()).containsExactlyInAnyOrder("groupIds", "reason");
        assertThat(texts(body.at("/errors/0/groupIds"), "")).containsExactly(NO_SUCH_ID);

        JsonNode removed = sendExpecting(200, HttpMethod.PATCH, base + "groups", groups(
                entry("group", LEADERSHIP, "NONE")));
        assertThat(texts(removed.at("/project/sharing/groups"), "/group/name")).containsExactly("Data Team");
        assertThat(removed.has("errors")).isFalse();
    }

    @Test
    void collectionsAreSharedByIdAndShownByName() {
        JsonNode body = sendExpecting(200, HttpMethod.PATCH, base + "collections", """
                {"sharing": {"upsert": {"collections": [%s, %s]}}}""".formatted(
                entry("collection", FINANCE, "CAN_VIEW"), entry("collection", NO_SUCH_ID, "CAN_VIEW")));

        assertThat(texts(body.at("/project/sharing/collections"), "/collection/name")).containsExactly("Finance");
        assertThat(body.at("/errors/0").propertyNames()).containsExactlyInAnyOrder("collectionIds", "reason");
        assertThat(texts(body.at("/errors/0/collectionIds"), "")).containsExactly(NO_SUCH_ID);
        assertThat(titles(getOk(PROJECTS, "collectionId", FINANCE, "includeArchived", "true")))
                .contains(BORROWED_PROJECT);
    }

    @Test
    void workspaceAndPublicWebAreSetByPlainValues() {
        JsonNode body = sendExpecting(200, HttpMethod.PATCH, base + "workspaceAndPublic",
                "{\"sharing\": {\"workspace\": \"CAN_VIEW\", \"publicWeb\": \"APP_ONLY\"}}");

        assertThat(body.at("/project/sharing/workspace/access").asString()).isEqualTo("CAN_VIEW");
        assertThat(body.at("/project/sharing/publicWeb/access").asString()).isEqualTo("APP_ONLY");
        assertThat(body.has("errors")).isFalse();

        JsonNode onlyWorkspace = sendExpecting(200, HttpMethod.PATCH, base + "workspaceAndPublic",
                "{\"sharing\": {\"workspace\": \"NONE\"}}");
        assertThat(onlyWorkspace.at("/project/sharing/workspace/access").asString()).isEqualTo("NONE");
        assertThat(onlyWorkspace.at("/project/sharing/publicWeb/access").asString()).isEqualTo("APP_ONLY");
    }

    @Test
    void aPublicWebLevelBeyondViewingIsRefusedInErrorsWhileTheWorkspaceChangeApplies() {
        JsonNode body = sendExpecting(200, HttpMethod.PATCH, base + "workspaceAndPublic",
                "{\"sharing\": {\"workspace\": \"APP_ONLY\", \"publicWeb\": \"CAN_EDIT\"}}");

        assertThat(body.at("/project/sharing/workspace/access").asString()).isEqualTo("APP_ONLY");
        assertThat(body.at("/project/sharing/publicWeb/access").asString()).isEqualTo("NONE");
        assertThat(body.at("/errors/0/type").asString()).isEqualTo("publicWeb");
        assertThat(body.at("/errors/0/reason").asString()).contains("APP_ONLY");
    }

    @Test
    void atMost25EntriesPerRequest() {
        String kenji = id("kenji.watanabe@fernbrook.example");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entries.add(entry("user", kenji, "CAN_VIEW"));
        }
        sendExpecting(200, HttpMethod.PATCH, base + "users", users(entries.toArray(String[]::new)));

        entries.add(entry("user", kenji, "CAN_EDIT"));
        JsonNode tooMany = sendExpecting(400, HttpMethod.PATCH, base + "users", users(entries.toArray(String[]::new)));

        assertTsoaError(tooMany, "/sharing/upsert/users");
        assertThat(tooMany.get("reason").asString()).contains("25");
        assertThat(texts(getOk(PROJECTS + "/" + project.id(), "includeSharing", "true").at("/sharing/users"),
                "/access")).containsExactly("FULL_ACCESS", "CAN_EDIT", "CAN_VIEW");
    }

    @Test
    void invalidBodiesAreTsoa400s() {
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, base + "users",
                users(entry("user", id("kenji.watanabe@fernbrook.example"), "OWNER"))), "OWNER");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, base + "users",
                "{\"sharing\": {\"upsert\": {}}}"), "users");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, base + "groups", groups(entry("group", "x", "NONE"))),
                "UUID");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, base + "workspaceAndPublic",
                "{\"sharing\": {\"workspace\": \"EVERYONE\"}}"), "EVERYONE");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, base + "workspaceAndPublic", "{}"), "sharing");
    }

    @Test
    void unknownOrMalformedProjectsAreTsoaErrors() {
        String users = users(entry("user", id("kenji.watanabe@fernbrook.example"), "CAN_VIEW"));

        assertTsoaError(sendExpecting(404, HttpMethod.PATCH,
                "/api/v1/projects/" + NO_SUCH_ID + "/sharing/users", users), "Project not found");
        assertTsoaError(sendExpecting(404, HttpMethod.PATCH,
                "/api/v1/projects/" + NO_SUCH_ID + "/sharing/workspaceAndPublic",
                "{\"sharing\": {\"workspace\": \"NONE\"}}"), "Project not found");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, "/api/v1/projects/revenue/sharing/users", users),
                "projectId");
    }

    private String id(String email) {
        return user(email).id().toString();
    }

    private static String entry(String kind, String id, String access) {
        return "{\"" + kind + "\": {\"id\": \"" + id + "\"}, \"access\": \"" + access + "\"}";
    }

    private static String users(String... entries) {
        return "{\"sharing\": {\"upsert\": {\"users\": [" + String.join(", ", entries) + "]}}}";
    }

    private static String groups(String... entries) {
        return "{\"sharing\": {\"upsert\": {\"groups\": [" + String.join(", ", entries) + "]}}}";
    }
}
