package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** GetRunStatus and CancelRun over a run's life: PENDING, RUNNING, and each way it can end. */
class RunLifecycleTest extends RunsHttpTest {

    private static final Duration PHASE = Duration.ofMillis(1200);

    @Test
    void runGoesFromPendingThroughRunningToCompleted() {
        runTimings(PHASE, PHASE);
        UUID project = project("Weekly Active Users").id();
        String runId = started(project, null).get("runId").asString();

        JsonNode pending = getOk(runsPath(project) + "/" + runId);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertNullTimes(pending, "startTime", "endTime", "elapsedTime");

        JsonNode running = awaitStatus(project, runId, "RUNNING");
        assertThat(running.get("startTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertNullTimes(running, "endTime", "elapsedTime");

        JsonNode completed = awaitStatus(project, runId, "COMPLETED");
        Instant start = Instant.parse(completed.get("startTime").asString());
        Instant end = Instant.parse(completed.get("endTime").asString());
        assertThat(completed.get("startTime")).isEqualTo(running.get("startTime"));
        assertThat(completed.get("elapsedTime").isNumber()).isTrue();
        assertThat(completed.get("elapsedTime").asLong()).isEqualTo(Duration.between(start, end).toMillis())
                .isEqualTo(PHASE.toMillis());
        assertThat(completed.propertyNames()).containsExactlyInAnyOrder("projectId", "projectVersion", "runId",
                "runUrl", "status", "runTrigger", "startTime", "endTime", "elapsedTime", "traceId", "notifications");
    }

    @Test
    void aProjectConfiguredToFailEndsErrored() {
        runTimings(Duration.ZERO, Duration.ofMillis(300));
        UUID project = project("Support Ticket Triage").id();
        String runId = started(project, "{\"inputParams\": {\"queue\": \"billing\"}}").get("runId").asString();

        JsonNode errored = awaitStatus(project, runId, "ERRORED");
        assertThat(errored.get("startTime").isNull()).isFalse();
        assertThat(errored.get("endTime").isNull()).isFalse();
        assertThat(errored.get("elapsedTime").asLong()).isEqualTo(300);
    }

    @Test
    void aProjectWithoutKernelsNeverStarts() {
        runTimings(Duration.ofMillis(300), Duration.ofHours(1));
        UUID project = project("Inventory Health").id();
        String runId = started(project, null).get("runId").asString();

        JsonNode failed = awaitStatus(project, runId, "UNABLE_TO_ALLOCATE_KERNEL");
        assertNullTimes(failed, "startTime", "elapsedTime");
        assertThat(failed.get("endTime").isNull()).isFalse();
    }

    @Test
    void cancelAnswers204ThenTheRunIsKilledAndASecondCancelIs422() {
        runTimings(Duration.ofHours(1), Duration.ofHours(1));
        UUID project = project("Weekly Active Users").id();
        String path = runsPath(project) + "/" + started(project, null).get("runId").asString();

        cancel(path).expectStatus().isNoContent().expectBody().isEmpty();

        JsonNode killed = getOk(path);
        assertThat(killed.get("status").asString()).isEqualTo("KILLED");
        assertNullTimes(killed, "startTime", "elapsedTime");
        assertThat(killed.get("endTime").isNull()).isFalse();
        assertTsoa(cancel(path).expectStatus().isEqualTo(422), "KILLED");
    }

    @Test
    void cancellingARunningRunKeepsItsStartAndMeasuresItsLife() {
        runTimings(Duration.ZERO, Duration.ofHours(1));
        UUID project = project("Weekly Active Users").id();
        String runId = started(project, null).get("runId").asString();
        String path = runsPath(project) + "/" + runId;
        awaitStatus(project, runId, "RUNNING");

        cancel(path).expectStatus().isNoContent();

        JsonNode killed = getOk(path);
        assertThat(killed.get("status").asString()).isEqualTo("KILLED");
        Instant start = Instant.parse(killed.get("startTime").asString());
        Instant end = Instant.parse(killed.get("endTime").asString());
        assertThat(killed.get("elapsedTime").asLong()).isEqualTo(Duration.between(start, end).toMillis());
    }

    @Test
    void cancellingAFinishedRunIs422AndChangesNothing() {
        UUID project = project("Finance Close Checklist").id();
        String path = runsPath(project) + "/536c55a0-44fe-49ff-a9d2-0456b26c5779";

        assertTsoa(cancel(path).expectStatus().isEqualTo(422), "COMPLETED");

        assertThat(getOk(path).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void unknownRunsAndRunsOfAnotherProjectAre404() {
        UUID finance = project("Finance Close Checklist").id();
        UUID revenue = project("Revenue Dashboard").id();
        String financeRun = "536c55a0-44fe-49ff-a9d2-0456b26c5779";

        assertTsoa(get(runsPath(finance) + "/" + UUID.randomUUID()).expectStatus().isNotFound(), "not found");
        assertTsoa(get(runsPath(revenue) + "/" + financeRun).expectStatus().isNotFound(), "not found");
        assertTsoa(cancel(runsPath(revenue) + "/" + financeRun).expectStatus().isNotFound(), "not found");
        assertTsoa(cancel(runsPath(finance) + "/" + UUID.randomUUID()).expectStatus().isNotFound(), "not found");
    }

    @Test
    void nonUuidIdsAre422() {
        UUID finance = project("Finance Close Checklist").id();

        assertTsoa(get(runsPath(finance) + "/run-1").expectStatus().isEqualTo(422), "runId");
        assertTsoa(cancel(PROJECTS + "/nope/runs/" + UUID.randomUUID()).expectStatus().isEqualTo(422), "projectId");
    }

    @Test
    void seededHistoryRunsHaveTheirFixtureTimes() {
        JsonNode run = getOk(runsPath(project("Finance Close Checklist").id()) + "/c5310a46-d5a6-4ada-b310-d0b34f68c1ad");

        assertThat(run.get("status").asString()).isEqualTo("ERRORED");
        assertThat(run.get("runTrigger").asString()).isEqualTo("SCHEDULED");
        assertThat(run.get("projectVersion").asInt()).isEqualTo(20);
        assertThat(run.get("startTime").asString()).isEqualTo("2025-10-03T05:00:04.730Z");
        assertThat(run.get("endTime").asString()).isEqualTo("2025-10-03T05:01:12.093Z");
        assertThat(run.get("elapsedTime").asLong()).isEqualTo(67363);
    }

    @Test
    void expandedStatsAddStateEventsOnlyWhenAskedFor() {
        runTimings(Duration.ZERO, Duration.ofMillis(200));
        UUID project = project("Weekly Active Users").id();
        String runId = started(project, null).get("runId").asString();
        awaitStatus(project, runId, "COMPLETED");
        String path = runsPath(project) + "/" + runId;

        JsonNode plain = getOk(path);
        JsonNode expanded = body(client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + workspace.workspaceToken().token())
                .header("enable-expanded-stats", "true")
                .exchange().expectStatus().isOk());

        assertThat(plain.has("stateEvents")).isFalse();
        assertThat(plain.has("flagConfigOverride")).isFalse();
        List<String> events = new ArrayList<>();
        expanded.get("stateEvents").forEach(e -> {
            assertThat(e.propertyNames()).containsExactlyInAnyOrder("type", "value", "timestamp");
            events.add(e.get("value").asString());
        });
        assertThat(events).containsExactly("PENDING", "RUNNING", "COMPLETED");
        assertThat(expanded.at("/stateEvents/2/timestamp")).isEqualTo(expanded.get("endTime"));
        // No flag-config-override header was sent with this run, so there is nothing to report.
        assertThat(expanded.has("flagConfigOverride")).isFalse();
    }

    @Test
    void changingTimingsLaterDoesNotMoveExistingRuns() {
        runTimings(Duration.ofHours(1), Duration.ofHours(1));
        UUID project = project("Weekly Active Users").id();
        String runId = started(project, null).get("runId").asString();

        runTimings(Duration.ZERO, Duration.ZERO);

        assertThat(statusOf(project, runId)).isEqualTo("PENDING");
    }

    private JsonNode awaitStatus(UUID project, String runId, String status) {
        List<JsonNode> last = new ArrayList<>(1);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode run = getOk(runsPath(project) + "/" + runId);
            last.clear();
            last.add(run);
            return run.get("status").asString().equals(status);
        });
        return last.get(0);
    }

    private static void assertNullTimes(JsonNode run, String... fields) {
        for (String field : fields) {
            assertThat(run.has(field)).as("%s present", field).isTrue();
            assertThat(run.get(field).isNull()).as("%s is null", field).isTrue();
        }
    }
}
