package dev.hexgate.emulator.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.DirectoryHttpTest;
import dev.hexgate.emulator.workspace.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListUsersTest extends DirectoryHttpTest {

    private static final String USERS = "/api/v1/users";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";

    @Test
    void defaultIsByNameAscendingWithHexsUserShape() {
        JsonNode page = getOk(USERS);

        List<String> expected = workspace.users().stream().map(User::name)
                .sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))).toList();
        assertThat(texts(page.get("values"), "/name")).containsExactlyElementsOf(expected);
        assertThat(page.at("/pagination/after").isNull()).isTrue();
        assertThat(page.at("/pagination/before").isNull()).isTrue();
        values(page).forEach(u -> assertThat(u.propertyNames())
                .containsExactlyInAnyOrder("id", "name", "email", "role", "lastLoginDate"));
        JsonNode alex = values(page).get(0);
        assertThat(alex.get("email").asString()).isEqualTo("alex.brennan@fernbrook.example");
        assertThat(alex.get("lastLoginDate").isNull()).isTrue();
    }

    @Test
    void sortsByEmailDescending() {
        List<String> emails = texts(getOk(USERS, "sortBy", "EMAIL", "sortDirection", "DESC").get("values"), "/email");

        assertThat(emails).hasSize(workspace.users().size()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void pagesForwardAndBackWithCursors() {
        List<String> all = ids(getOk(USERS));
        List<String> forward = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        JsonNode page = getOk(USERS, "limit", "3");
        while (true) {
            forward.addAll(ids(page));
            assertThat(values(page)).hasSizeLessThanOrEqualTo(3);
            if (page.at("/pagination/after").isNull()) {
                break;
            }
            cursors.add(page.at("/pagination/after").asString());
            page = getOk(USERS, "limit", "3", "after", cursors.get(cursors.size() - 1));
        }
        assertThat(forward).containsExactlyElementsOf(all);

        JsonNode last = page;
        JsonNode previous = getOk(USERS, "limit", "3", "before", last.at("/pagination/before").asString());
        assertThat(ids(previous)).containsExactlyElementsOf(all.subList(3, 6));
    }

    @Test
    void groupIdListsTheGroupsMembers() {
        assertThat(texts(getOk(USERS, "groupId", DATA_TEAM).get("values"), "/email")).containsExactly(
                "hannah.cole@fernbrook.example", "kenji.watanabe@fernbrook.example",
                "priya.natarajan@fernbrook.example", "tomas.lindqvist@fernbrook.example");
    }

    @Test
    void userIdsKeepsTheListedUsersAndCombinesWithGroupId() {
        String priya = user("priya.natarajan@fernbrook.example").id().toString();
        String maya = user("maya.okafor@fernbrook.example").id().toString();

        assertThat(texts(getOk(USERS, "userIds", priya + "," + maya).get("values"), "/email"))
                .containsExactly("maya.okafor@fernbrook.example", "priya.natarajan@fernbrook.example");
        assertThat(texts(getOk(USERS, "userIds", priya + ", " + maya, "groupId", DATA_TEAM).get("values"), "/email"))
                .containsExactly("priya.natarajan@fernbrook.example");
        assertThat(values(getOk(USERS, "userIds", "00000000-0000-4000-8000-000000000000"))).isEmpty();
    }

    @Test
    void unknownGroupIsNotFoundInTheNewShape() {
        JsonNode body = get(USERS, "groupId", "00000000-0000-4000-8000-000000000000").expectStatus().isNotFound()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertNewError(body, "NOT_FOUND", "Group not found");
        assertThat(body.get("message").asString()).isEqualTo("Not found");
    }

    @Test
    void badParametersAreBadRequestsInTheNewShape() {
        assertBadRequest(get(USERS, "limit", "501"), "limit");
        assertBadRequest(get(USERS, "limit", "0"), "limit");
        assertBadRequest(get(USERS, "sortBy", "ROLE"), "sortBy");
        assertBadRequest(get(USERS, "groupId", "data-team"), "groupId");
        assertBadRequest(get(USERS, "userIds", "not-a-uuid"), "userIds");
        assertBadRequest(get(USERS, "after", "bm9wZQ"), "after");
    }

    @Test
    void limitAllowsUpTo500() {
        assertThat(values(getOk(USERS, "limit", "500"))).hasSize(workspace.users().size());
    }

    @Test
    void aCursorOnlyWorksForTheOrderItWasIssuedFor() {
        String after = getOk(USERS, "limit", "2").at("/pagination/after").asString();

        assertBadRequest(get(USERS, "limit", "2", "after", after, "sortBy", "EMAIL"), "different sortBy");
        assertBadRequest(get(USERS, "after", after, "before", after), "Only one of after and before");
    }

    private static void assertBadRequest(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
            String issuePart) {
        JsonNode body = response.expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertNewError(body, "BAD_REQUEST", issuePart);
        assertThat(body.get("message").asString()).isEqualTo("Invalid input data");
    }
}
