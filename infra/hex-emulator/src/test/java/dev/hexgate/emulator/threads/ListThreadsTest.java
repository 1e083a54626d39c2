package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * ListThreads. Other test classes create threads in the same emulator, so assertions look for the threads a test
 * created itself rather than counting everything.
 */
class ListThreadsTest extends ThreadsHttpTest {

    private static final String FORBIDDEN =
            "{\"code\":\"FORBIDDEN\",\"message\":\"Insufficient access\",\"issues\":[]}";

    @Test
    void explorersAndEditorsAreForbidden() {
        getAs(tokenOf(KENJI), THREADS).expectStatus().isForbidden().expectBody().json(FORBIDDEN, true);
        getAs(tokenOf(PRIYA), THREADS).expectStatus().isForbidden().expectBody().json(FORBIDDEN, true);
    }

    @Test
    void adminsSeeEveryonesThreadsAsListItems() {
        String priyas = createThread(tokenOf(PRIYA), "How many customers do we have?");

        JsonNode page = okBody(getAs(workspace.workspaceToken().token(), THREADS, "userId", userIdOf(PRIYA),
                "limit", "100"));

        JsonNode item = find(page, priyas);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("title", "creditsUsed", "topics", "warnings",
                "feedback", "model", "userId", "type", "source", "createdAt", "sensitive", "id", "orgId", "url");
        assertThat(item.get("orgId").asString()).isEqualTo(workspace.org().id().toString());
        assertThat(item.get("userId").asString()).isEqualTo(userIdOf(PRIYA));
        assertThat(item.get("url").asString()).endsWith("/threads/" + priyas);
        assertThat(page.get("pagination").propertyNames()).containsExactlyInAnyOrder("after", "before");
    }

    @Test
    void managersSeeTheirOwnThreadsButNotOthersStandaloneThreads() {
        String daniels = createThread(tokenOf(DANIEL), "How many customers do we have?");
        String priyas = createThread(tokenOf(PRIYA), "How many customers do we have?");

        List<String> ids = allIds(tokenOf(DANIEL));

        assertThat(ids).contains(daniels).doesNotContain(priyas);
    }

    @Test
    void managersAlsoSeeThreadsOnProjectsTheyCanAccess() {
        // Revenue Dashboard is owned by Daniel.
        String projectId = workspace.projectByTitle("Revenue Dashboard").orElseThrow().id().toString();
        String onProject = okBody(postAs(tokenOf(PRIYA), THREADS,
                toJson(Map.of("prompt", "How many customers do we have?", "projectId", projectId))))
                .get("threadId").asString();

        assertThat(allIds(tokenOf(DANIEL), "type", "NOTEBOOK")).contains(onProject);
    }

    @Test
    void filtersCombine() {
        String priyas = createThread(tokenOf(PRIYA), "How many customers do we have?");
        String admin = workspace.workspaceToken().token();

        assertThat(allIds(admin, "source", "PUBLIC_API", "type", "THREADS", "numDays", "1")).contains(priyas);
        assertThat(allIds(admin, "roles", "EDITOR,MANAGER")).contains(priyas);
        assertThat(allIds(admin, "hasFeedback", "false")).contains(priyas);
        assertThat(allIds(admin, "source", "MCP")).doesNotContain(priyas);
        assertThat(allIds(admin, "type", "NOTEBOOK")).doesNotContain(priyas);
        assertThat(allIds(admin, "roles", "ADMIN")).doesNotContain(priyas);
        assertThat(allIds(admin, "userId", userIdOf(DANIEL))).doesNotContain(priyas);
        // The emulator records no feedback, warnings or topics.
        assertThat(allIds(admin, "hasFeedback", "true")).isEmpty();
        assertThat(allIds(admin, "warnings", "OTHER")).isEmpty();
        assertThat(allIds(admin, "topicIds", "t1")).isEmpty();
    }

    @Test
    void pagesNewestFirstForwardAndBack() {
        String admin = workspace.workspaceToken().token();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(createThread(tokenOf(KENJI), "How many customers do we have? " + i));
        }

        JsonNode first = okBody(getAs(admin, THREADS, "userId", userIdOf(KENJI), "limit", "2"));
        assertThat(first.at("/pagination/before").isNull()).isTrue();
        List<String> ids = allIds(admin, "userId", userIdOf(KENJI), "limit", "2");

        assertThat(ids).doesNotHaveDuplicates();
        List<String> mine = ids.stream().filter(created::contains).toList();
        assertThat(mine).containsExactly(created.get(2), created.get(1), created.get(0));

        String after = first.at("/pagination/after").asString();
        JsonNode second = okBody(getAs(admin, THREADS, "userId", userIdOf(KENJI), "limit", "2", "after", after));
        JsonNode back = okBody(getAs(admin, THREADS, "userId", userIdOf(KENJI), "limit", "2", "before",
                second.at("/pagination/before").asString()));
        assertThat(threadIds(back)).isEqualTo(threadIds(first));
    }

    @Test
    void invalidParametersAreBadRequestsEvenForExplorers() {
        String admin = workspace.workspaceToken().token();
        for (String[] bad : List.of(new String[] {"limit", "0"}, new String[] {"limit", "101"},
                new String[] {"limit", "ten"}, new String[] {"source", "EMAIL"}, new String[] {"type", "CHAT"},
                new String[] {"numDays", "0"}, new String[] {"numDays", "1.5"}, new String[] {"hasFeedback", "maybe"},
                new String[] {"roles", "KING"}, new String[] {"roles", "ADMIN,,EDITOR"},
                new String[] {"warnings", "LOUD"})) {
            assertRejectedNaming(getAs(admin, THREADS, bad), bad[0]);
        }
        assertRejectedNaming(getAs(tokenOf(KENJI), THREADS, "limit", "0"), "limit");
    }

    @Test
    void numDaysHasNoUpperBound() {
        String priyas = createThread(tokenOf(PRIYA), "How many customers do we have?");

        assertThat(allIds(workspace.workspaceToken().token(), "numDays", "3000000000")).contains(priyas);
    }

    @Test
    void aMalformedCursorIsBadRequest() {
        JsonNode error = errorBody(getAs(workspace.workspaceToken().token(), THREADS, "after", "not-a-cursor"), 400);

        assertThat(firstIssue(error)).isEqualTo("after is not a valid cursor");
    }

    private List<String> allIds(String token, String... params) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            List<String> query = new ArrayList<>(List.of(params));
            if (!query.contains("limit")) {
                query.addAll(List.of("limit", "100"));
            }
            if (after != null) {
                query.addAll(List.of("after", after));
            }
            JsonNode page = okBody(getAs(token, THREADS, query.toArray(String[]::new)));
            ids.addAll(threadIds(page));
            JsonNode next = page.at("/pagination/after");
            after = next.isNull() ? null : next.asString();
        } while (after != null);
        return ids;
    }

    private static List<String> threadIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("threads").forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode page, String id) {
        for (JsonNode t : page.get("threads")) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("thread " + id + " not in page " + page);
    }
}
