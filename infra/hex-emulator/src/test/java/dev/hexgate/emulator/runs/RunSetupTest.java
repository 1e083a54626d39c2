package dev.hexgate.emulator.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.emulator.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The runs fixture is checked against the workspace at startup, so mistakes fail fast. */
class RunSetupTest {

    private static final Workspace WORKSPACE = Workspace.loadDefault();
    private static final Instant START = Instant.parse("2025-10-01T05:00:00.000Z");
    private static final Instant END = Instant.parse("2025-10-01T05:01:00.000Z");

    @Test
    void theBundledFixtureLoads() {
        RunSetup setup = RunSetup.loadDefault(WORKSPACE);

        UUID triage = WORKSPACE.projectByTitle("Support Ticket Triage").orElseThrow().id();
        assertThat(setup.forProject(triage).outcome()).isEqualTo(RunOutcome.ERRORED);
        assertThat(setup.forProject(UUID.randomUUID())).isEqualTo(ProjectRunSetup.DEFAULT);
        assertThat(setup.seededRuns()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.at(Instant.now()).status().isTerminal()).isTrue());
        assertThat(setup.slackChannel("C02DATATEAM")).isPresent();
    }

    @Test
    void rejectsUnknownProjects() {
        assertInvalid(fixture(List.of(entry("Revenue Dashbord")), List.of()), "unknown project 'Revenue Dashbord'");
    }

    @Test
    void rejectsSetupsForProjectsThatCannotRun() {
        assertInvalid(fixture(List.of(entry("Data Quality Monitor")), List.of()), "not published");
        assertInvalid(fixture(List.of(entry("Fiscal Calendar Helpers")), List.of()), "component");
    }

    @Test
    void rejectsDuplicates() {
        assertInvalid(fixture(List.of(entry("Revenue Dashboard"), entry("Revenue Dashboard")), List.of()),
                "configured twice");
        RunsFixture.SeededRun run = seeded(RunStatus.COMPLETED, START, END);
        assertInvalid(fixture(List.of(), List.of(run, run)), "appears twice");
    }

    @Test
    void rejectsHistoryThatCannotHaveHappened() {
        assertInvalid(fixture(List.of(), List.of(seeded(RunStatus.RUNNING, START, END))), "must have finished");
        assertInvalid(fixture(List.of(), List.of(seeded(RunStatus.COMPLETED, null, END))), "needs a startTime");
        assertInvalid(fixture(List.of(), List.of(seeded(RunStatus.UNABLE_TO_ALLOCATE_KERNEL, START, END))),
                "no startTime");
        assertInvalid(fixture(List.of(), List.of(seeded(RunStatus.ERRORED, END, START))), "ends before it starts");
        assertInvalid(fixture(List.of(), List.of(new RunsFixture.SeededRun(UUID.randomUUID(), "Revenue Dashboard", 99,
                RunTrigger.API, RunStatus.COMPLETED, START, END))), "projectVersion");
    }

    @Test
    void rejectsOptionsOnInputsThatHaveNone() {
        assertThatThrownBy(() -> new PublishedInput("weeks", InputCellType.SLIDER, List.of("1", "2")))
                .hasMessageContaining("only dropdown and multiselect");
    }

    private static RunsFixture.ProjectEntry entry(String title) {
        return new RunsFixture.ProjectEntry(title, 2, RunOutcome.COMPLETED, List.of(), List.of());
    }

    private static RunsFixture.SeededRun seeded(RunStatus status, Instant start, Instant end) {
        return new RunsFixture.SeededRun(UUID.fromString("11111111-1111-4111-8111-111111111111"), "Revenue Dashboard",
                1, RunTrigger.SCHEDULED, status, start, end);
    }

    private static RunsFixture fixture(List<RunsFixture.ProjectEntry> projects, List<RunsFixture.SeededRun> history) {
        return new RunsFixture(List.of(), projects, history);
    }

    private static void assertInvalid(RunsFixture fixture, String message) {
        assertThatThrownBy(() -> new RunSetup(fixture, WORKSPACE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Invalid runs fixture")
                .hasMessageContaining(message);
    }
}
