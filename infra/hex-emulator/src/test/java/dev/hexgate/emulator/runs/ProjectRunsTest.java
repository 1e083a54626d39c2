package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * GetProjectRuns: newest first, offset paging with working next/previous links, status and trigger filters.
 * Assertions hold however many runs other tests added, as long as the seeded history is there.
 */
class ProjectRunsTest extends RunsHttpTest {

    @Autowired
    RunStore runs;

    /** Finance Close Checklist's seeded history: 11 runs (8 scheduled, 2 API, 1 app refresh), newest first. */
    private static final List<String> FINANCE_HISTORY = List.of(
            "536c55a0-44fe-49ff-a9d2-0456b26c5779",
            "4a4690e0-3279-4668-b6a0-f461362475b9",
            "82cf2083-bba8-4cf1-b194-a9e9798b2c74",
            "70250c01-3c96-4d00-bbe6-bf7bbd8add3d",
            "65311580-0abe-4619-a52d-efab950a48f1",
            "fea38b86-670f-4172-b87a-8b55166c5a4f",
            "114ebe65-b319-4675-8480-567d745eecd5",
            "0709a096-b09f-447b-bbd1-b8acbc2d8946",
            "c5310a46-d5a6-4ada-b310-d0b34f68c1ad",
            "99e647b6-0195-4fca-a6f6-e19be40eb0c1",
            "a5613c3f-cb8e-44cb-9b9e-5b14a52b230f");

    @Test
    void historyExistsAtStartupNewestFirst() {
        JsonNode page = getOk(runsPath(finance()), "limit", "100");

        assertThat(runIds(page)).containsSubsequence(FINANCE_HISTORY);
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("runs", "nextPage", "previousPage", "traceId");
        assertThat(page.get("nextPage").isNull()).isTrue();
        assertThat(page.get("previousPage").isNull()).isTrue();
        page.get("runs").forEach(run -> assertThat(run.get("traceId")).isEqualTo(page.get("traceId")));
    }

    @Test
    void seededRunsShowEveryEndState() {
        JsonNode page = getOk(runsPath(finance()), "limit", "100");
        List<String> statuses = new ArrayList<>();
        page.get("runs").forEach(r -> statuses.add(r.get("status").asString()));

        assertThat(statuses).contains("COMPLETED", "ERRORED", "KILLED", "UNABLE_TO_ALLOCATE_KERNEL");
        JsonNode noKernel = run(page, "4a4690e0-3279-4668-b6a0-f461362475b9");
        assertThat(noKernel.get("startTime").isNull()).isTrue();
        assertThat(noKernel.get("elapsedTime").isNull()).isTrue();
        JsonNode killed = run(page, "82cf2083-bba8-4cf1-b194-a9e9798b2c74");
        assertThat(killed.get("status").asString()).isEqualTo("KILLED");
        assertThat(killed.get("elapsedTime").asLong()).isEqualTo(49085);
    }

    @Test
    void defaultPageSizeIs25() {
        UUID project = project("Board Metrics Pack").id();
        int existing = getOk(runsPath(project), "limit", "100").get("runs").size();
        // Straight into the store: 26 RunProject calls would only exercise the rate limiter.
        for (int i = existing; i < 26; i++) {
            runs.add(Run.submitted(UUID.randomUUID(), project, 8, RunOutcome.COMPLETED, Instant.now(),
                    Duration.ZERO, Duration.ZERO, List.of(), null));
        }

        JsonNode page = getOk(runsPath(project));

        assertThat(page.get("runs")).hasSize(25);
        assertThat(page.get("nextPage").asString()).contains("limit=25").contains("offset=25");
    }

    @Test
    void followingNextPageVisitsEveryRunOnceAndPreviousPageLeadsBack() {
        List<String> all = runIds(getOk(runsPath(finance()), "limit", "100"));

        List<String> forward = new ArrayList<>();
        List<String> pageUrls = new ArrayList<>();
        JsonNode page = getOk(runsPath(finance()), "limit", "3");
        assertThat(page.get("previousPage").isNull()).isTrue();
        while (true) {
            assertThat(page.get("runs").size()).isBetween(1, 3);
            forward.addAll(runIds(page));
            if (page.get("nextPage").isNull()) {
                break;
            }
            String next = page.get("nextPage").asString();
            assertThat(next).startsWith("http://").contains("/api/v1/projects/" + finance() + "/runs?");
            pageUrls.add(next);
            page = follow(next);
            assertThat(pageUrls).as("runaway paging").hasSizeLessThan(50);
        }
        assertThat(forward).isEqualTo(all);

        // From the last page, previousPage walks back to the first page.
        List<List<String>> backward = new ArrayList<>();
        while (!page.get("previousPage").isNull()) {
            page = follow(page.get("previousPage").asString());
            backward.add(0, runIds(page));
        }
        assertThat(backward.stream().flatMap(List::stream).toList()).isEqualTo(all.subList(0, backward.size() * 3));
    }

    @Test
    void offsetSkipsRuns() {
        List<String> all = runIds(getOk(runsPath(finance()), "limit", "100"));

        JsonNode page = getOk(runsPath(finance()), "limit", "2", "offset", "4");

        assertThat(runIds(page)).isEqualTo(all.subList(4, 6));
        assertThat(page.get("previousPage").asString()).contains("limit=2").contains("offset=2");
        assertThat(page.get("nextPage").asString()).contains("limit=2").contains("offset=6");
    }

    @Test
    void offsetPastTheEndGivesAnEmptyPage() {
        JsonNode page = getOk(runsPath(finance()), "offset", "5000");

        assertThat(page.get("runs").isEmpty()).isTrue();
        assertThat(page.get("nextPage").isNull()).isTrue();
        assertThat(page.get("previousPage").isNull()).isFalse();
    }

    @Test
    void statusFilterKeepsOnlyThatStatusAndSurvivesPaging() {
        JsonNode page = getOk(runsPath(finance()), "statusFilter", "COMPLETED", "limit", "2");

        assertThat(page.get("runs")).hasSize(2);
        page.get("runs").forEach(r -> assertThat(r.get("status").asString()).isEqualTo("COMPLETED"));
        assertThat(runIds(page)).containsExactly(
                "536c55a0-44fe-49ff-a9d2-0456b26c5779", "70250c01-3c96-4d00-bbe6-bf7bbd8add3d");
        String next = page.get("nextPage").asString();
        assertThat(next).contains("statusFilter=COMPLETED");
        follow(next).get("runs")
                .forEach(r -> assertThat(r.get("status").asString()).isEqualTo("COMPLETED"));

        JsonNode errored = getOk(runsPath(finance()), "statusFilter", "ERRORED");
        assertThat(runIds(errored)).contains("c5310a46-d5a6-4ada-b310-d0b34f68c1ad");
    }

    @Test
    void latestCompletedRunIdiom() {
        // Orchestrators ask for ?limit=1&statusFilter=COMPLETED to find the latest successful run.
        JsonNode page = getOk(runsPath(project("Revenue Dashboard").id()), "limit", "1", "statusFilter", "COMPLETED");

        assertThat(page.get("runs")).hasSize(1);
        Instant latest = Instant.parse(page.at("/runs/0/endTime").asString());
        assertThat(latest).isAfterOrEqualTo(Instant.parse("2025-11-03T12:33:47.004Z"));
    }

    @ParameterizedTest
    @CsvSource({"SCHEDULED, 8", "APP_REFRESH, 1", "API, 2"})
    void runTriggerFilterKeepsOnlyThatTrigger(String trigger, int seeded) {
        JsonNode page = getOk(runsPath(finance()), "runTriggerFilter", trigger, "limit", "100");

        page.get("runs").forEach(r -> assertThat(r.get("runTrigger").asString()).isEqualTo(trigger));
        assertThat(runIds(page).stream().filter(FINANCE_HISTORY::contains)).hasSize(seeded);
    }

    @Test
    void runTriggerFilterAllIsTheSameAsNoFilter() {
        assertThat(runIds(getOk(runsPath(finance()), "runTriggerFilter", "ALL", "limit", "100")))
                .isEqualTo(runIds(getOk(runsPath(finance()), "limit", "100")));
    }

    @Test
    void newApiRunsComeFirstWithTriggerApi() {
        runTimings(Duration.ofHours(1), Duration.ofHours(1));
        UUID project = project("Sales Pipeline Forecast").id();
        String runId = started(project, null).get("runId").asString();

        JsonNode page = getOk(runsPath(project), "limit", "1");
        assertThat(runIds(page)).containsExactly(runId);
        assertThat(page.at("/runs/0/runTrigger").asString()).isEqualTo("API");
        assertThat(page.at("/runs/0/status").asString()).isEqualTo("PENDING");
        assertThat(runIds(getOk(runsPath(project), "runTriggerFilter", "SCHEDULED", "limit", "100")))
                .doesNotContain(runId);
        assertThat(runIds(getOk(runsPath(project), "statusFilter", "PENDING", "limit", "100"))).contains(runId);
    }

    @Test
    void projectWithoutRunsHasAnEmptyHistory() {
        JsonNode page = getOk(runsPath(project("Customer Lifetime Value Model").id()));

        assertThat(page.get("runs").isEmpty()).isTrue();
        assertThat(page.get("nextPage").isNull()).isTrue();
        assertThat(page.get("previousPage").isNull()).isTrue();
    }

    @Test
    void unknownProjectIs404() {
        assertTsoa(get(runsPath(UUID.randomUUID())).expectStatus().isNotFound(), "not found");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, 0", "limit, 101", "limit, many", "offset, -1", "statusFilter, DONE",
        "statusFilter, completed", "runTriggerFilter, MANUAL"})
    void invalidParametersAre422(String name, String value) {
        assertTsoa(get(runsPath(finance()), name, value).expectStatus().isEqualTo(422), name);
    }

    @Test
    void runsAreOrderedNewestFirstBySubmission() {
        List<Instant> starts = new ArrayList<>();
        getOk(runsPath(finance()), "limit", "100").get("runs").forEach(r -> {
            // A run that never started is ordered by when it ended; one still pending has neither (and is newest).
            JsonNode time = r.get("startTime").isNull() ? r.get("endTime") : r.get("startTime");
            if (!time.isNull()) {
                starts.add(Instant.parse(time.asString()));
            }
        });
        assertThat(starts).hasSizeGreaterThanOrEqualTo(FINANCE_HISTORY.size());
        assertThat(starts).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private UUID finance() {
        return project("Finance Close Checklist").id();
    }

    private static JsonNode run(JsonNode page, String runId) {
        for (JsonNode run : page.get("runs")) {
            if (run.get("runId").asString().equals(runId)) {
                return run;
            }
        }
        throw new AssertionError("run " + runId + " not on the page");
    }

    private static List<String> runIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("runs").forEach(r -> ids.add(r.get("runId").asString()));
        return ids;
    }
}
