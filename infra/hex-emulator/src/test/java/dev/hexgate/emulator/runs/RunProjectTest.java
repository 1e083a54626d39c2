package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.emulator.workspace.Project;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** RunProject: the 201 answer, dry runs, and every way a run request is refused. */
class RunProjectTest extends RunsHttpTest {

    private Project weekly;

    @BeforeEach
    void longRuns() {
        // Runs started here stay PENDING, so nothing depends on how fast the machine is.
        runTimings(Duration.ofHours(1), Duration.ofHours(1));
        weekly = project("Weekly Active Users");
    }

    @Test
    void startsARunAndAnswers201WithLinksThatWork() {
        JsonNode body = started(weekly.id(), null);

        assertThat(body.propertyNames()).containsExactlyInAnyOrder(
                "projectId", "runId", "runUrl", "runStatusUrl", "traceId", "projectVersion", "notifications");
        String runId = body.get("runId").asString();
        assertThat(UUID.fromString(runId)).isNotNull();
        assertThat(body.get("projectId").asString()).isEqualTo(weekly.id().toString());
        assertThat(body.get("projectVersion").asInt()).isEqualTo(9);
        assertThat(body.get("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(body.get("notifications").isEmpty()).isTrue();
        assertThat(body.get("runUrl").asString()).startsWith("http://").contains(weekly.id().toString(), runId);
        String statusUrl = body.get("runStatusUrl").asString();
        assertThat(statusUrl).startsWith("http://").endsWith("/api/v1/projects/" + weekly.id() + "/runs/" + runId);

        JsonNode status = follow(statusUrl);
        assertThat(status.get("runId").asString()).isEqualTo(runId);
        assertThat(status.get("status").asString()).isEqualTo("PENDING");
        assertThat(status.get("runTrigger").asString()).isEqualTo("API");
    }

    @Test
    void acceptsAllDocumentedFieldsAndMatchingInputs() {
        JsonNode body = started(project("Sales Pipeline Forecast").id(), """
                {"inputParams": {"quarter": "2025-Q4", "confidence_threshold": 0.8, "segments": ["smb", "enterprise"]},
                 "dryRun": false, "updateCache": false, "useCachedSqlResults": false,
                 "notifications": []}""");

        assertThat(body.get("projectVersion").asInt()).isEqualTo(6);
    }

    @Test
    void numericInputsMayComeAsNumericStrings() {
        started(weekly.id(), "{\"inputParams\": {\"weeks\": \"12\", \"region\": \"emea\"}}");
    }

    @Test
    void inputsTheAppDoesNotHaveAreIgnored() {
        JsonNode body = started(weekly.id(), "{\"inputParams\": {\"region\": \"apac\", \"no_such_input\": 1}}");

        assertThat(statusOf(weekly.id(), body.get("runId").asString())).isEqualTo("PENDING");
    }

    @Test
    void dryRunAnswers201ButRecordsNothing() {
        List<String> before = runIds(weekly.id());

        JsonNode body = started(weekly.id(), "{\"dryRun\": true, \"inputParams\": {\"weeks\": 4}}");

        assertThat(body.get("projectVersion").asInt()).isEqualTo(9);
        String runId = body.get("runId").asString();
        assertThat(runIds(weekly.id())).isEqualTo(before).doesNotContain(runId);
        assertTsoa(get(runsPath(weekly.id()) + "/" + runId).expectStatus().isNotFound(), "not found");
    }

    @Test
    void dryRunStillValidates() {
        assertTsoa(startRun(runsPath(project("Customer Lifetime Value Model").id()), "{\"dryRun\": true}")
                .expectStatus().isEqualTo(422), "not been published");
        startRun(runsPath(weekly.id()), "{\"dryRun\": true, \"inputParams\": {\"weeks\": \"many\"}}")
                .expectStatus().isEqualTo(422);
    }

    @Test
    void nullInputParamsIs422LikeRealHex() {
        // dagster-hex#2: sending "inputParams": null got 422 "Validation Failed" from Hex.
        assertTsoa(startRun(runsPath(weekly.id()), "{\"inputParams\": null}").expectStatus().isEqualTo(422),
                "inputParams");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"unknownField\": true}",
        "{\"dryRun\": \"yes\"}",
        "{\"inputParams\": [1, 2]}",
        "{\"viewId\": 42}",
        "{\"notifications\": [{\"type\": \"SOMETIMES\", \"includeSuccessScreenshot\": true, \"userIds\": []}]}",
        "{\"notifications\": [{\"type\": \"ALL\"}]}",
        "{\"notifications\": [{\"type\": \"ALL\", \"includeSuccessScreenshot\": true, \"screenshotFormat\": \"gif\"}]}",
        "{\"notifications\": [{\"type\": \"ALL\", \"includeSuccessScreenshot\": true, \"channel\": \"x\"}]}"})
    void schemaViolationsAre422InTheTsoaShape(String json) {
        List<String> before = runIds(weekly.id());

        assertTsoa(startRun(runsPath(weekly.id()), json).expectStatus().isEqualTo(422), "");

        assertThat(runIds(weekly.id())).isEqualTo(before);
    }

    @Test
    void inputParamsAndViewIdAreExclusive() {
        Project revenue = project("Revenue Dashboard");

        assertTsoa(startRun(runsPath(revenue.id()), """
                {"inputParams": {"channel": "web"}, "viewId": "3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77"}""")
                .expectStatus().isEqualTo(422), "viewId and inputParams");
    }

    @Test
    void aKnownSavedViewRunsAndAnUnknownOneIs422() {
        Project revenue = project("Revenue Dashboard");

        started(revenue.id(), "{\"viewId\": \"3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77\", \"dryRun\": true}");
        assertTsoa(startRun(runsPath(revenue.id()), "{\"viewId\": \"no-such-view\"}").expectStatus().isEqualTo(422),
                "no-such-view");
    }

    @Test
    void updatePublishedResultsIsNotAllowedWithInputParams() {
        assertTsoa(startRun(runsPath(weekly.id()), "{\"inputParams\": {\"weeks\": 4}, \"updatePublishedResults\": true}")
                .expectStatus().isEqualTo(422), "updatePublishedResults");
    }

    @Test
    void updatePublishedResultsNeedsCanEdit() {
        Project revenue = project("Revenue Dashboard");
        // Kenji only has Can View (explore) on Revenue Dashboard; Priya has Can Edit.
        String kenji = workspace.personalToken("kenji.watanabe@fernbrook.example").orElseThrow().token();
        String priya = workspace.personalToken("priya.natarajan@fernbrook.example").orElseThrow().token();

        assertTsoa(startRun(runsPath(revenue.id()), "{\"updatePublishedResults\": true}", kenji)
                .expectStatus().isForbidden(), "Can Edit");
        startRun(runsPath(revenue.id()), "{\"updatePublishedResults\": true, \"dryRun\": true}", priya)
                .expectStatus().isCreated();
    }

    @Test
    void wrongInputTypesAre422WithTheInvalidParamPayload() {
        JsonNode body = body(startRun(runsPath(weekly.id()), """
                {"inputParams": {"weeks": "abc", "region": "mars", "include_internal": "yes", "colour": "red"}}""")
                .expectStatus().isEqualTo(422));

        assertThat(body.propertyNames()).containsExactlyInAnyOrder("traceId", "invalid", "notFound");
        assertThat(body.get("traceId").asString()).matches("[0-9a-f]{32}");
        List<String> invalid = new ArrayList<>();
        body.get("invalid").forEach(p -> invalid.add(p.get("paramName").asString() + "|" + p.get("paramValue").asString()
                + "|" + p.get("dataType").asString() + "|" + p.get("inputCellType").asString()));
        assertThat(invalid).containsExactlyInAnyOrder(
                "weeks|\"abc\"|number|slider",
                "region|\"mars\"|string|dropdown",
                "include_internal|\"yes\"|boolean|checkbox");
        assertThat(body.get("notFound")).hasSize(1);
        assertThat(body.at("/notFound/0").asString()).isEqualTo("colour");
    }

    @Test
    void datesAndMultiselectsAreChecked() {
        JsonNode body = body(startRun(runsPath(project("Sales Pipeline Forecast").id()),
                "{\"inputParams\": {\"segments\": [\"smb\", \"galactic\"], \"quarter\": 4}}")
                .expectStatus().isEqualTo(422));
        assertThat(body.get("invalid")).hasSize(2);

        JsonNode revenue = body(startRun(runsPath(project("Revenue Dashboard").id()),
                "{\"dryRun\": true, \"inputParams\": {\"start_date\": \"last tuesday\"}}")
                .expectStatus().isEqualTo(422));
        assertThat(revenue.at("/invalid/0/dataType").asString()).isEqualTo("date");
        started(project("Revenue Dashboard").id(),
                "{\"dryRun\": true, \"inputParams\": {\"start_date\": \"2025-10-01\", \"end_date\": \"2025-10-31T23:59:59Z\"}}");
    }

    @Test
    void unpublishedProjectIs422() {
        assertTsoa(startRun(runsPath(project("Customer Lifetime Value Model").id()), null)
                .expectStatus().isEqualTo(422), "has not been published");
    }

    @Test
    void componentsAndTrashedProjectsCannotRun() {
        assertTsoa(startRun(runsPath(project("Fiscal Calendar Helpers").id()), null).expectStatus().isEqualTo(422),
                "component");
        assertTsoa(startRun(runsPath(project("Scratch: SQL Sandbox").id()), null).expectStatus().isEqualTo(422),
                "trash");
    }

    @Test
    void archivedPublishedProjectsStillRun() {
        started(project("Q3 2024 Planning Model").id(), "{\"dryRun\": true}");
    }

    @Test
    void unknownProjectIs404() {
        assertTsoa(startRun(runsPath(UUID.fromString("00000000-0000-4000-8000-000000000000")), null)
                .expectStatus().isNotFound(), "not found");
    }

    @Test
    void nonUuidProjectIdIs422() {
        assertTsoa(startRun(PROJECTS + "/not-a-uuid/runs", null).expectStatus().isEqualTo(422), "projectId");
    }

    @Test
    void notificationsAreEchoedPerRecipientWithNames() {
        JsonNode body = started(weekly.id(), """
                {"notifications": [
                  {"type": "ALL", "includeSuccessScreenshot": true, "slackChannelIds": ["C04FINCLOSE"],
                   "userIds": ["0f0fc553-4fc4-49b5-a8d7-146d155a577a"], "subject": "WAU refreshed"},
                  {"type": "FAILURE", "includeSuccessScreenshot": false, "screenshotFormat": "pdf",
                   "groupIds": ["3ef142f5-13f7-4cf0-bb8e-67b5be3872cb"]}]}""");

        JsonNode notifications = body.get("notifications");
        assertThat(notifications).hasSize(3);
        JsonNode slack = notifications.get(0);
        assertThat(slack.get("type").asString()).isEqualTo("ALL");
        assertThat(slack.get("recipientType").asString()).isEqualTo("SLACK_CHANNEL");
        assertThat(slack.get("includeSuccessScreenshot").asBoolean()).isTrue();
        assertThat(slack.get("screenshotFormat").toString()).isEqualTo("[\"png\"]");
        assertThat(slack.get("subject").asString()).isEqualTo("WAU refreshed");
        assertThat(slack.get("recipient").toString())
                .isEqualTo("{\"id\":\"C04FINCLOSE\",\"name\":\"finance-close\",\"isPrivate\":true}");
        JsonNode user = notifications.get(1);
        assertThat(user.get("recipientType").asString()).isEqualTo("USER");
        assertThat(user.get("recipient").toString())
                .isEqualTo("{\"id\":\"0f0fc553-4fc4-49b5-a8d7-146d155a577a\",\"name\":\"Daniel Reyes\"}");
        JsonNode group = notifications.get(2);
        assertThat(group.get("type").asString()).isEqualTo("FAILURE");
        assertThat(group.get("recipientType").asString()).isEqualTo("GROUP");
        assertThat(group.get("screenshotFormat").toString()).isEqualTo("[\"pdf\"]");
        assertThat(group.at("/recipient/name").asString()).isEqualTo("Data Team");
        assertThat(group.has("subject")).isFalse();

        JsonNode status = getOk(runsPath(weekly.id()) + "/" + body.get("runId").asString());
        assertThat(status.get("notifications")).isEqualTo(notifications);
    }

    @Test
    void undeliverableNotificationsAre422() {
        assertTsoa(startRun(runsPath(weekly.id()), """
                {"notifications": [{"type": "ALL", "includeSuccessScreenshot": false, "slackChannelIds": ["C999"]}]}""")
                .expectStatus().isEqualTo(422), "C999");
        assertTsoa(startRun(runsPath(weekly.id()), """
                {"notifications": [{"type": "ALL", "includeSuccessScreenshot": false, "userIds": ["uuid-user-1"]}]}""")
                .expectStatus().isEqualTo(422), "uuid-user-1");
        assertTsoa(startRun(runsPath(weekly.id()), """
                {"notifications": [{"type": "SUCCESS", "includeSuccessScreenshot": false}]}""")
                .expectStatus().isEqualTo(422), "at least one");
    }

    @Test
    void flagConfigOverrideIsKeptForExpandedStats() {
        JsonNode body = body(client.post().uri(runsPath(weekly.id()))
                .header("Authorization", "Bearer " + workspace.workspaceToken().token())
                .header("flag-config-override", "{\"fastKernel\":true}")
                .exchange().expectStatus().isCreated());

        JsonNode expanded = body(client.get().uri(runsPath(weekly.id()) + "/" + body.get("runId").asString())
                .header("Authorization", "Bearer " + workspace.workspaceToken().token())
                .header("enable-expanded-stats", "true")
                .exchange().expectStatus().isOk());
        assertThat(expanded.get("flagConfigOverride").asString()).isEqualTo("{\"fastKernel\":true}");
    }

    private List<String> runIds(UUID projectId) {
        List<String> ids = new ArrayList<>();
        getOk(runsPath(projectId), "limit", "100").get("runs").forEach(r -> ids.add(r.get("runId").asString()));
        return ids;
    }
}
