package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.ProjectType;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code fixtures/runs.json} resolved against the workspace: per-project run behaviour, Slack channels and the
 * seeded run history. Every reference is checked at construction so a typo fails startup.
 */
public final class RunSetup {

    private final Map<UUID, ProjectRunSetup> byProject = new HashMap<>();
    private final Map<String, SlackChannel> slackChannels = new HashMap<>();
    private final List<Run> seededRuns;

    public RunSetup(RunsFixture fixture, Workspace workspace) {
        for (SlackChannel channel : fixture.slackChannels()) {
            require(slackChannels.put(channel.id(), channel) == null, "duplicate Slack channel " + channel.id());
        }
        for (RunsFixture.ProjectEntry entry : fixture.projects()) {
            Project project = project(workspace, entry.project());
            String where = "project '" + entry.project() + "'";
            require(project.type() == ProjectType.PROJECT, where + " is a component; components cannot run");
            require(project.lastPublishedAt() != null, where + " is not published, so it can never run");
            require(entry.projectVersion() >= 1, where + " needs a projectVersion of at least 1");
            Set<String> names = new HashSet<>();
            entry.inputs().forEach(i -> require(names.add(i.name()), where + " has input '" + i.name() + "' twice"));
            ProjectRunSetup setup = new ProjectRunSetup(
                    entry.projectVersion(), entry.outcome(), entry.inputs(), entry.savedViews());
            require(byProject.put(project.id(), setup) == null, where + " is configured twice");
        }
        Set<UUID> runIds = new HashSet<>();
        this.seededRuns = fixture.history().stream().map(seed -> {
            require(runIds.add(seed.runId()), "run " + seed.runId() + " appears twice in the history");
            return seededRun(seed, project(workspace, seed.project()));
        }).toList();
    }

    public static RunSetup loadDefault(Workspace workspace) {
        return new RunSetup(RunsFixture.readClasspath(RunsFixture.DEFAULT_RESOURCE), workspace);
    }

    /** The project's run behaviour; projects the fixture does not list get {@link ProjectRunSetup#DEFAULT}. */
    public ProjectRunSetup forProject(UUID projectId) {
        return byProject.getOrDefault(projectId, ProjectRunSetup.DEFAULT);
    }

    public Optional<SlackChannel> slackChannel(String id) {
        return Optional.ofNullable(slackChannels.get(id));
    }

    /** The history that exists at startup (and again after a reset). */
    public List<Run> seededRuns() {
        return seededRuns;
    }

    private Run seededRun(RunsFixture.SeededRun seed, Project project) {
        String where = "history run " + seed.runId();
        require(project.type() == ProjectType.PROJECT, where + " belongs to a component");
        require(project.lastPublishedAt() != null, where + " belongs to a project that was never published");
        require(seed.status().isTerminal(), where + " must have finished (PENDING/RUNNING runs would never end)");
        require(seed.projectVersion() >= 1
                        && seed.projectVersion() <= forProject(project.id()).projectVersion(),
                where + " has a projectVersion above the project's published one");
        require(seed.startTime() == null || !seed.startTime().isAfter(seed.endTime()), where + " ends before it starts");
        RunOutcome outcome = forProject(project.id()).outcome();
        switch (seed.status()) {
            case COMPLETED:
            case ERRORED:
                require(seed.startTime() != null, where + " is " + seed.status() + " so it needs a startTime");
                return new Run(seed.runId(), project.id(), seed.projectVersion(), seed.runTrigger(), seed.startTime(),
                        seed.startTime(), seed.endTime(), RunOutcome.valueOf(seed.status().name()), null, List.of(),
                        null);
            case UNABLE_TO_ALLOCATE_KERNEL:
                require(seed.startTime() == null, where + " never got a kernel, so it has no startTime");
                return new Run(seed.runId(), project.id(), seed.projectVersion(), seed.runTrigger(), seed.endTime(),
                        seed.endTime(), seed.endTime(), RunOutcome.UNABLE_TO_ALLOCATE_KERNEL, null, List.of(), null);
            case KILLED:
                Instant submitted = seed.startTime() != null ? seed.startTime() : seed.endTime();
                return new Run(seed.runId(), project.id(), seed.projectVersion(), seed.runTrigger(), submitted,
                        seed.startTime(), seed.startTime() == null ? null : seed.endTime(), outcome, seed.endTime(),
                        List.of(), null);
            default:
                throw new IllegalStateException("Unhandled status " + seed.status());
        }
    }

    private static Project project(Workspace workspace, String title) {
        return workspace.projectByTitle(title).orElseThrow(() ->
                new IllegalStateException("Invalid runs fixture: unknown project '" + title + "'"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid runs fixture: " + message);
        }
    }
}
