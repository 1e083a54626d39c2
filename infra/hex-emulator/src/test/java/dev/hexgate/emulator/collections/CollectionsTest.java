package dev.hexgate.emulator.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.DirectoryHttpTest;
import dev.hexgate.emulator.workspace.Project;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class CollectionsTest extends DirectoryHttpTest {

    private static final String COLLECTIONS = "/api/v1/collections";
    private static final String FINANCE = "5c459001-2644-4721-9365-a280dfca5954";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    @Test
    void getServesTheCollectionWithCreatorAndSharing() {
        JsonNode finance = getOk(COLLECTIONS + "/" + FINANCE);

        assertThat(finance.propertyNames())
                .containsExactlyInAnyOrder("id", "name", "description", "creator", "sharing");
        assertThat(finance.get("name").asString()).isEqualTo("Finance");
        assertThat(finance.get("description").asString()).isEqualTo("Close, billing and revenue reporting");
        assertThat(finance.at("/creator/email").asString()).isEqualTo("daniel.reyes@fernbrook.example");
        assertThat(finance.at("/creator/id").asString())
                .isEqualTo(user("daniel.reyes@fernbrook.example").id().toString());
        assertThat(finance.at("/sharing/groups/0/id").asString()).isEqualTo("3f91a8a0-eb7a-4b06-8248-3caad88fb212");
        assertThat(finance.at("/sharing/groups/0/access").asString()).isEqualTo("CAN_EDIT");
        assertThat(finance.at("/sharing/workspace/members").asString()).isEqualTo("CAN_VIEW");
    }

    @Test
    void listsAlphabeticallyAndPages() {
        List<String> names = texts(getOk(COLLECTIONS, "limit", "100").get("values"), "/name");
        assertThat(names).containsSubsequence("Executive Reporting", "Finance", "Growth Marketing",
                "Product Analytics");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        List<String> all = ids(getOk(COLLECTIONS, "limit", "100", "sortBy", "NAME"));
        JsonNode first = getOk(COLLECTIONS, "limit", "2");
        JsonNode second = getOk(COLLECTIONS, "limit", "2", "after", first.at("/pagination/after").asString());
        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(ids(getOk(COLLECTIONS, "limit", "2", "before", second.at("/pagination/before").asString())))
                .containsExactlyElementsOf(ids(first));
    }

    @Test
    void createAnswers201WithTheCallerAsCreator() {
        String name = unique("Ops Reviews");
        String hannah = user("hannah.cole@fernbrook.example").id().toString();

        JsonNode created = send(HttpMethod.POST, COLLECTIONS, """
                {"name": "%s", "description": "Weekly ops", "sharing": {"users": [{"id": "%s", "access": "CAN_VIEW"}],
                 "groups": [{"id": "%s", "access": "CAN_EDIT"}], "workspace": {"members": "CAN_VIEW"}}}"""
                .formatted(name, hannah, DATA_TEAM), personalToken("priya.natarajan@fernbrook.example"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(created.get("name").asString()).isEqualTo(name);
        assertThat(created.get("description").asString()).isEqualTo("Weekly ops");
        assertThat(created.at("/creator/email").asString()).isEqualTo("priya.natarajan@fernbrook.example");
        assertThat(created.at("/sharing/users/0/id").asString()).isEqualTo(hannah);
        assertThat(created.at("/sharing/groups/0/access").asString()).isEqualTo("CAN_EDIT");
        assertThat(created.at("/sharing/workspace/members").asString()).isEqualTo("CAN_VIEW");
        assertThat(getOk(COLLECTIONS + "/" + created.get("id").asString())).isEqualTo(created);
    }

    @Test
    void createWithOnlyANameHasNoDescriptionAndIsSharedWithNobody() {
        JsonNode created = sendExpecting(201, HttpMethod.POST, COLLECTIONS, "{\"name\": \"" + unique("Bare") + "\"}");

        assertThat(created.has("description")).isFalse();
        assertThat(created.at("/sharing/users").isEmpty()).isTrue();
        assertThat(created.at("/sharing/groups").isEmpty()).isTrue();
        assertThat(created.at("/sharing/workspace/members").asString()).isEqualTo("NONE");
        assertThat(created.at("/creator/email").asString()).isEqualTo(workspace.workspaceToken().user());
    }

    @Test
    void createRefusesUnknownGranteesTakenNamesAndBadBodies() {
        assertTsoaError(sendExpecting(400, HttpMethod.POST, COLLECTIONS, """
                {"name": "%s", "sharing": {"users": [{"id": "%s", "access": "CAN_VIEW"}]}}"""
                .formatted(unique("X"), NO_SUCH_ID)), "Unknown user ids: " + NO_SUCH_ID);
        assertTsoaError(sendExpecting(400, HttpMethod.POST, COLLECTIONS, """
                {"name": "%s", "sharing": {"groups": [{"id": "%s", "access": "CAN_VIEW"}]}}"""
                .formatted(unique("X"), NO_SUCH_ID)), "Unknown group ids: " + NO_SUCH_ID);
        assertTsoaError(sendExpecting(400, HttpMethod.POST, COLLECTIONS, "{\"name\": \"Finance\"}"), "already exists");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, COLLECTIONS, "{\"description\": \"no name\"}"), "name");
        assertTsoaError(sendExpecting(400, HttpMethod.POST, COLLECTIONS,
                "{\"name\": \"" + unique("X") + "\", \"sharing\": {\"everyone\": true}}"), "everyone");
    }

    @Test
    void editRenamesDescribesAndUpsertsSharing() {
        String kenji = user("kenji.watanabe@fernbrook.example").id().toString();
        String hannah = user("hannah.cole@fernbrook.example").id().toString();
        String id = sendExpecting(201, HttpMethod.POST, COLLECTIONS, """
                {"name": "%s", "sharing": {"users": [{"id": "%s", "access": "CAN_VIEW"}, {"id": "%s", "access": "CAN_VIEW"}]}}"""
                .formatted(unique("Edit me"), kenji, hannah)).get("id").asString();
        String newName = unique("Edited");

        JsonNode edited = sendExpecting(200, HttpMethod.PATCH, COLLECTIONS + "/" + id, """
                {"name": "%s", "description": "Now described", "sharing": {"upsert": {
                   "users": [{"id": "%s", "access": "NONE"}, {"id": "%s", "access": "CAN_EDIT"}],
                   "groups": [{"id": "%s", "access": "CAN_VIEW"}], "workspace": {"members": "CAN_VIEW"}}}}"""
                .formatted(newName, kenji, hannah, DATA_TEAM));

        assertThat(edited.get("name").asString()).isEqualTo(newName);
        assertThat(edited.get("description").asString()).isEqualTo("Now described");
        assertThat(texts(edited.at("/sharing/users"), "/id")).containsExactly(hannah);
        assertThat(edited.at("/sharing/users/0/access").asString()).isEqualTo("CAN_EDIT");
        assertThat(texts(edited.at("/sharing/groups"), "/id")).containsExactly(DATA_TEAM);
        assertThat(edited.at("/sharing/workspace/members").asString()).isEqualTo("CAN_VIEW");
        assertThat(getOk(COLLECTIONS + "/" + id)).isEqualTo(edited);

        JsonNode untouched = sendExpecting(200, HttpMethod.PATCH, COLLECTIONS + "/" + id, "{}");
        assertThat(untouched).isEqualTo(edited);
    }

    @Test
    void editAndGetRefuseUnknownAndMalformedIds() {
        assertTsoaError(sendExpecting(404, HttpMethod.GET, COLLECTIONS + "/" + NO_SUCH_ID, null),
                "Collection not found");
        assertTsoaError(sendExpecting(404, HttpMethod.PATCH, COLLECTIONS + "/" + NO_SUCH_ID, "{\"name\": \"x\"}"),
                "Collection not found");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, COLLECTIONS + "/finance", null), "collectionId");
        assertTsoaError(sendExpecting(400, HttpMethod.PATCH, COLLECTIONS + "/" + FINANCE, """
                {"sharing": {"upsert": {"groups": [{"id": "%s", "access": "CAN_VIEW"}]}}}""".formatted(NO_SUCH_ID)),
                "Unknown group ids");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, COLLECTIONS + "?limit=101", null), "limit");
        assertTsoaError(sendExpecting(400, HttpMethod.GET, COLLECTIONS + "?sortBy=CREATED_AT", null), "sortBy");
    }

    @Test
    void listProjectsCollectionIdFindsCollectionsCreatedAndRenamedAtRuntime() {
        Project project = borrowProject(BORROWED_PROJECT);
        String id = sendExpecting(201, HttpMethod.POST, COLLECTIONS, "{\"name\": \"" + unique("Runtime") + "\"}")
                .get("id").asString();
        sendExpecting(200, HttpMethod.PATCH, "/api/v1/projects/" + project.id() + "/sharing/collections", """
                {"sharing": {"upsert": {"collections": [{"collection": {"id": "%s"}, "access": "CAN_VIEW"}]}}}"""
                .formatted(id));

        assertThat(titles(getOk(PROJECTS, "collectionId", id, "includeArchived", "true")))
                .containsExactly(project.title());

        String renamed = unique("Renamed");
        sendExpecting(200, HttpMethod.PATCH, COLLECTIONS + "/" + id, "{\"name\": \"" + renamed + "\"}");
        assertThat(titles(getOk(PROJECTS, "collectionId", id, "includeArchived", "true")))
                .containsExactly(project.title());
        assertThat(texts(getOk(PROJECTS + "/" + project.id(), "includeSharing", "true").at("/sharing/collections"),
                "/collection/name")).containsExactly(renamed);
    }
}
