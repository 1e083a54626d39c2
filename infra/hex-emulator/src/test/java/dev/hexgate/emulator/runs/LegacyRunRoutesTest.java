package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 2022 singular routes ({@code /v1/project/{id}/run...}) that Hex's Airflow provider and dagster-hex still call
 * behave exactly like the current ones: same answers, same validation, same runs.
 */
class LegacyRunRoutesTest extends RunsHttpTest {

    private static final String LEGACY = "/api/v1/project/";

    private UUID weekly;

    @BeforeEach
    void longRuns() {
        runTimings(Duration.ofHours(1), Duration.ofHours(1));
        weekly = project("Weekly Active Users").id();
    }

    @Test
    void legacyRunStartsARunTheCurrentRoutesSee() {
        JsonNode body = body(startRun(LEGACY + weekly + "/run", "{\"inputParams\": {\"weeks\": 8}}")
                .expectStatus().isCreated());

        String runId = body.get("runId").asString();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder(
                "projectId", "runId", "runUrl", "runStatusUrl", "traceId", "projectVersion", "notifications");
        assertThat(body.get("runStatusUrl").asString()).endsWith("/api/v1/projects/" + weekly + "/runs/" + runId);
        assertThat(statusOf(weekly, runId)).isEqualTo("PENDING");
    }

    @Test
    void legacyStatusAnswersLikeTheCurrentRoute() {
        String runId = started(weekly, null).get("runId").asString();

        JsonNode legacy = getOk(LEGACY + weekly + "/run/" + runId);
        JsonNode current = getOk(runsPath(weekly) + "/" + runId);

        assertThat(withoutTraceId(legacy)).isEqualTo(withoutTraceId(current));
        assertTsoa(get(LEGACY + weekly + "/run/" + UUID.randomUUID()).expectStatus().isNotFound(), "not found");
        assertTsoa(get(LEGACY + weekly + "/run/not-a-run").expectStatus().isEqualTo(422), "runId");
    }

    @Test
    void legacyCancelKillsAndRefusesASecondCancel() {
        String runId = started(weekly, null).get("runId").asString();
        String legacyPath = LEGACY + weekly + "/run/" + runId;

        cancel(legacyPath).expectStatus().isNoContent().expectBody().isEmpty();

        assertThat(statusOf(weekly, runId)).isEqualTo("KILLED");
        assertTsoa(cancel(legacyPath).expectStatus().isEqualTo(422), "KILLED");
        assertTsoa(cancel(runsPath(weekly) + "/" + runId).expectStatus().isEqualTo(422), "KILLED");
    }

    @Test
    void legacyRunsListsTheSameRunsAndPagesOnLegacyLinks() {
        UUID finance = project("Finance Close Checklist").id();

        JsonNode legacy = getOk(LEGACY + finance + "/runs", "limit", "4", "offset", "4");
        JsonNode current = getOk(runsPath(finance), "limit", "4", "offset", "4");

        assertThat(runIds(legacy)).isEqualTo(runIds(current)).hasSize(4);
        String next = legacy.get("nextPage").asString();
        String previous = legacy.get("previousPage").asString();
        assertThat(next).contains("/api/v1/project/" + finance + "/runs?").contains("offset=8");
        assertThat(previous).contains("/api/v1/project/" + finance + "/runs?").contains("offset=0");
        assertThat(runIds(follow(next)))
                .isEqualTo(runIds(getOk(runsPath(finance), "limit", "4", "offset", "8")));
        assertTsoa(get(LEGACY + finance + "/runs", "limit", "500").expectStatus().isEqualTo(422), "limit");
        assertTsoa(get(LEGACY + UUID.randomUUID() + "/runs").expectStatus().isNotFound(), "not found");
    }

    @Test
    void legacyRunValidatesLikeTheCurrentRoute() {
        assertTsoa(startRun(LEGACY + weekly + "/run", "{\"inputParams\": null}").expectStatus().isEqualTo(422),
                "inputParams");
        assertTsoa(startRun(LEGACY + weekly + "/run", "{\"updateCache\": true, \"extra\": 1}")
                .expectStatus().isEqualTo(422), "extra");
        assertTsoa(startRun(LEGACY + project("Revenue Dashboard").id() + "/run",
                "{\"inputParams\": {\"channel\": \"web\"}, \"viewId\": \"3b1f6e2a-54c9-4d7e-9a0b-6c2e8f1d4a77\"}")
                .expectStatus().isEqualTo(422), "viewId");
        assertTsoa(startRun(LEGACY + project("Data Quality Monitor").id() + "/run", null)
                .expectStatus().isEqualTo(422), "not been published");
        assertTsoa(startRun(LEGACY + UUID.randomUUID() + "/run", null).expectStatus().isNotFound(), "not found");
        JsonNode invalid = body(startRun(LEGACY + weekly + "/run", "{\"inputParams\": {\"weeks\": true}}")
                .expectStatus().isEqualTo(422));
        assertThat(invalid.at("/invalid/0/paramName").asString()).isEqualTo("weeks");
    }

    @Test
    void legacyDryRunRecordsNothing() {
        List<String> before = runIds(getOk(LEGACY + weekly + "/runs", "limit", "100"));

        body(startRun(LEGACY + weekly + "/run", "{\"dryRun\": true}").expectStatus().isCreated());

        assertThat(runIds(getOk(LEGACY + weekly + "/runs", "limit", "100"))).isEqualTo(before);
    }

    private static JsonNode withoutTraceId(JsonNode run) {
        ObjectNode copy = (ObjectNode) run.deepCopy();
        copy.remove("traceId");
        return copy;
    }

    private static List<String> runIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("runs").forEach(r -> ids.add(r.get("runId").asString()));
        return ids;
    }
}
