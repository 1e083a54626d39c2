package dev.hexgate.emulator.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.workspace.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class McpProjectsAndMeTest extends McpHttpTest {

    @Test
    void searchMatchesTitlesAndDescriptionsCaseInsensitively() {
        JsonNode result = structured(call(PRIYA, "search_projects", Map.of("query", "REVENUE")));

        assertThat(hitTitles(result)).contains("Revenue Dashboard", "Legacy Revenue Report (v1)",
                "Campaign ROI Explorer" /* "attributed revenue" in its description */);
        assertThat(hitTitles(result)).doesNotContain("Churn Analysis");
    }

    @Test
    void publishedProjectsAreAppsAndUnpublishedOnesProjects() {
        Project dashboard = workspace.projectByTitle("Revenue Dashboard").orElseThrow();
        Project model = workspace.projectByTitle("Customer Lifetime Value Model").orElseThrow();

        JsonNode app = hit(structured(call(PRIYA, "search_projects", Map.of("query", "revenue dashboard"))),
                dashboard);
        JsonNode project = hit(structured(call(PRIYA, "search_projects", Map.of("query", "lifetime value"))), model);

        assertThat(app.propertyNames()).containsExactlyInAnyOrder("projectId", "title", "description", "url", "type");
        assertThat(app.get("type").asString()).isEqualTo("app");
        assertThat(app.get("url").asString()).endsWith("/app/" + dashboard.id() + "/latest");
        assertThat(app.get("description").asString()).isEqualTo(dashboard.description());
        assertThat(project.get("type").asString()).isEqualTo("project");
        assertThat(project.get("url").asString()).endsWith("/hex/" + model.id() + "/draft/logic");
    }

    @Test
    void trashedProjectsAndNonMatchesAreLeftOut() {
        assertThat(hitTitles(structured(call(PRIYA, "search_projects", Map.of("query", "sandbox"))))).isEmpty();
        assertThat(hitTitles(structured(call(PRIYA, "search_projects", Map.of("query", "zebra crossing"))))).isEmpty();
    }

    @Test
    void getMeDescribesTheTokensUser() {
        JsonNode me = structured(call(PRIYA, "get_me", Map.of()));

        assertThat(me.get("userId").asString()).isEqualTo(user(PRIYA).id().toString());
        assertThat(me.get("name").asString()).isEqualTo("Priya Natarajan");
        assertThat(me.get("email").asString()).isEqualTo("priya.natarajan@fernbrook.example");
        assertThat(me.get("role").asString()).isEqualTo("EDITOR");
        assertThat(me.get("workspaceId").asString()).isEqualTo(workspace.org().id().toString());
        assertThat(me.get("workspaceName").asString()).isEqualTo(workspace.org().name());
    }

    @Test
    void getMeWorksForAnyRole() {
        assertThat(structured(call(ALEX, "get_me", Map.of())).get("role").asString()).isEqualTo("GUEST");
    }

    private static List<String> hitTitles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.get("projects").forEach(p -> titles.add(p.get("title").asString()));
        return titles;
    }

    private static JsonNode hit(JsonNode result, Project project) {
        for (JsonNode p : result.get("projects")) {
            if (p.get("projectId").asString().equals(project.id().toString())) {
                return p;
            }
        }
        throw new AssertionError(project.title() + " not found in " + result);
    }
}
