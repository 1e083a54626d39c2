package dev.hexgate.emulator.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.DirectoryHttpTest;
import dev.hexgate.emulator.workspace.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class GroupsTest extends DirectoryHttpTest {

    private static final String GROUPS = "/api/v1/groups";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    @Test
    void getServesIdNameAndCreatedAtButNoMembers() {
        JsonNode group = getOk(GROUPS + "/" + DATA_TEAM);

        assertThat(group.propertyNames()).containsExactlyInAnyOrder("id", "name", "createdAt");
        assertThat(group.get("name").asString()).isEqualTo("Data Team");
        assertThat(group.get("createdAt").asString()).isEqualTo("2024-01-15T10:00:12.408Z");
    }

    @Test
    void listsSeededGroupsByNameOrNewestFirst() {
        List<String> byName = texts(getOk(GROUPS, "sortBy", "NAME", "sortDirection", "ASC", "limit", "500")
                .get("values"), "/name");
        assertThat(byName).containsSubsequence("Data Team", "Finance Team", "Leadership");
        assertThat(byName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        List<String> newestFirst = texts(getOk(GROUPS, "limit", "500").get("values"), "/createdAt");
        assertThat(newestFirst).isSortedAccordingTo(Collections.reverseOrder());
    }

    @Test
    void pagesWithCursorsInBothDirections() {
        List<String> all = ids(getOk(GROUPS, "sortBy", "NAME", "limit", "500"));
        JsonNode first = getOk(GROUPS, "sortBy", "NAME", "limit", "2");
        JsonNode second = getOk(GROUPS, "sortBy", "NAME", "limit", "2", "after",
                first.at("/pagination/after").asString());
        JsonNode back = getOk(GROUPS, "sortBy", "NAME", "limit", "2", "before",
                second.at("/pagination/before").asString());

        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
        assertThat(ids(back)).containsExactlyElementsOf(ids(first));
        assertThat(first.at("/pagination/before").isNull()).isTrue();
    }

    @Test
    void createAnswers201WithMembersAndListUsersShowsThem() {
        String priya = user("priya.natarajan@fernbrook.example").id().toString();
        String kenji = user("kenji.watanabe@fernbrook.example").id().toString();
        String name = unique("Analytics");

        JsonNode created = sendExpecting(201, HttpMethod.POST, GROUPS, """
                {"name": "%s", "members": {"users": [{"id": "%s"}, {"id": "%s"}]}}""".formatted(name, priya, kenji));

        assertThat(created.propertyNames()).containsExactlyInAnyOrder("id", "name", "members");
        assertThat(created.get("name").asString()).isEqualTo(name);
        assertThat(texts(created.at("/members/users"), "/id")).containsExactlyInAnyOrder(priya, kenji);
        String id = created.get("id").asString();
        assertThat(getOk(GROUPS + "/" + id).get("name").asString()).isEqualTo(name);
        assertThat(texts(getOk("/api/v1/users", "groupId", id).get("values"), "/id"))
                .containsExactlyInAnyOrder(priya, kenji);
    }

    @Test
    void createWithoutMembersMakesAnEmptyGroup() {
        JsonNode created = sendExpecting(201, HttpMethod.POST, GROUPS, "{\"name\": \"" + unique("Empty") + "\"}");

        assertThat(created.at("/members/users").isEmpty()).isTrue();
        assertThat(values(getOk("/api/v1/users", "groupId", created.get("id").asString()))).isEmpty();
    }

    @Test
    void createRefusesUnknownUsersBadBodiesAndTakenNames() {
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS,
                "{\"name\": \"" + unique("X") + "\", \"members\": {\"users\": [{\"id\": \"" + NO_SUCH_ID + "\"}]}}"),
                "Unknown user ids: " + NO_SUCH_ID);
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS, "{\"name\": \"Data Team\"}"), "already exists");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS, "{\"name\": \"\"}"), "name");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS, "{\"members\": {\"users\": []}}"), "name");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS,
                "{\"name\": \"" + unique("X") + "\", \"members\": {\"users\": [{\"id\": \"nope\"}]}}"), "UUID");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS,
                "{\"name\": \"" + unique("X") + "\", \"members\": {\"groups\": []}}"), "groups");
    }

    @Test
    void atMost100UsersPerMemberList() {
        String priya = user("priya.natarajan@fernbrook.example").id().toString();
        String id = createGroup(unique("Big"));

        JsonNode edited = sendExpecting(200, HttpMethod.PATCH, GROUPS + "/" + id, members("add", priya, 100));
        assertThat(edited.get("id").asString()).isEqualTo(id);

        JsonNode tooMany = sendExpecting(400, HttpMethod.PATCH, GROUPS + "/" + id, members("remove", priya, 101));
        assertTsoaError(tooMany, "/members/remove/users");
        assertThat(tooMany.toString()).contains("101").contains("100");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, GROUPS,
                "{\"name\": \"" + unique("Big") + "\", \"members\": " + users(priya, 101) + "}"), "/members/users");
        assertThat(texts(getOk("/api/v1/users", "groupId", id).get("values"), "/id")).containsExactly(priya);
    }

    @Test
    void editRenamesAndChangesMembers() {
        String priya = user("priya.natarajan@fernbrook.example").id().toString();
        String kenji = user("kenji.watanabe@fernbrook.example").id().toString();
        String hannah = user("hannah.cole@fernbrook.example").id().toString();
        String id = createGroup(unique("Before"), priya, kenji);
        String newName = unique("After");

        JsonNode edited = sendExpecting(200, HttpMethod.PATCH, GROUPS + "/" + id, """
                {"name": "%s", "members": {"add": {"users": [{"id": "%s"}]}, "remove": {"users": [{"id": "%s"}]}}}"""
                .formatted(newName, hannah, kenji));

        assertThat(edited.propertyNames()).containsExactlyInAnyOrder("id", "name", "createdAt");
        assertThat(edited.get("name").asString()).isEqualTo(newName);
        assertThat(texts(getOk("/api/v1/users", "groupId", id).get("values"), "/id"))
                .containsExactlyInAnyOrder(priya, hannah);
        assertThat(getOk(GROUPS + "/" + id).get("name").asString()).isEqualTo(newName);
    }

    @Test
    void editRefusesUnknownGroupsUsersAndConflictingChanges() {
        String priya = user("priya.natarajan@fernbrook.example").id().toString();
        String id = createGroup(unique("Edit"));

        assertTsoaError(sendExpecting(404, HttpMethod.PATCH, GROUPS + "/" + NO_SUCH_ID, "{\"name\": \"x\"}"),
                "Group not found");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, GROUPS + "/" + id,
                "{\"members\": {\"add\": {\"users\": [{\"id\": \"" + NO_SUCH_ID + "\"}]}}}"), "Unknown user ids");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, GROUPS + "/" + id, """
                {"members": {"add": {"users": [{"id": "%1$s"}]}, "remove": {"users": [{"id": "%1$s"}]}}}"""
                .formatted(priya)), "both added and removed");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, GROUPS + "/" + id, "{\"name\": \"Leadership\"}"),
                "already exists");
    }

    @Test
    void deleteAnswers204ThenTheGroupIsGone() {
        String id = createGroup(unique("Doomed"), user("priya.natarajan@fernbrook.example").id().toString());

        send(HttpMethod.DELETE, GROUPS + "/" + id, null).expectStatus().isNoContent().expectBody().isEmpty();

        assertTsoaError(sendExpecting(404, HttpMethod.GET, GROUPS + "/" + id, null), "Group not found");
        assertTsoaError(sendExpecting(404, HttpMethod.DELETE, GROUPS + "/" + id, null), "Group not found");
        assertThat(ids(getOk(GROUPS, "limit", "500"))).doesNotContain(id);
        get("/api/v1/users", "groupId", id).expectStatus().isNotFound();
    }

    @Test
    void malformedAndUnknownIdsAreTsoaErrors() {
        assertTsoaError(sendExpecting(400, HttpMethod.GET, GROUPS + "/not-a-uuid", null), "groupId");
        assertTsoaError(sendExpecting(404, HttpMethod.GET, GROUPS + "/" + NO_SUCH_ID, null), NO_SUCH_ID);
        assertTsoaError(sendExpecting(400, HttpMethod.GET, GROUPS + "?limit=501", null), "limit");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, GROUPS + "?sortBy=MEMBERS", null), "sortBy");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, GROUPS + "?after=garbage", null), "after");
    }

    @Test
    void projectSharingFollowsARenameAndForgetsADeletedGroup() {
        Project project = borrowProject(BORROWED_PROJECT);
        String id = createGroup(unique("Sharers"));
        sendExpecting(200, HttpMethod.PATCH, "/api/v1/projects/" + project.id() + "/sharing/groups", """
                {"sharing": {"upsert": {"groups": [{"group": {"id": "%s"}, "access": "CAN_VIEW"}]}}}""".formatted(id));
        String renamed = unique("Renamed");

        sendExpecting(200, HttpMethod.PATCH, GROUPS + "/" + id, "{\"name\": \"" + renamed + "\"}");
        JsonNode shared = getOk("/api/v1/projects/" + project.id(), "includeSharing", "true");
        assertThat(texts(shared.at("/sharing/groups"), "/group/name")).containsExactly(renamed);

        send(HttpMethod.DELETE, GROUPS + "/" + id, null).expectStatus().isNoContent();
        JsonNode after = getOk("/api/v1/projects/" + project.id(), "includeSharing", "true");
        assertThat(after.at("/sharing/groups").isEmpty()).isTrue();
    }

    private String createGroup(String name, String... memberIds) {
        List<String> users = new ArrayList<>();
        for (String memberId : memberIds) {
            users.add("{\"id\": \"" + memberId + "\"}");
        }
        return sendExpecting(201, HttpMethod.POST, GROUPS, "{\"name\": \"" + name + "\", \"members\": {\"users\": ["
                + String.join(", ", users) + "]}}").get("id").asString();
    }

    /** {@code {"members": {"<list>": {"users": [{"id": userId} x count]}}}}. */
    private static String members(String list, String userId, int count) {
        return "{\"members\": {\"" + list + "\": " + users(userId, count) + "}}";
    }

    /** {@code {"users": [{"id": userId} x count]}}: the same user repeated still counts per entry. */
    private static String users(String userId, int count) {
        return "{\"users\": [" + String.join(", ", Collections.nCopies(count, "{\"id\": \"" + userId + "\"}"))
                + "]}";
    }
}
