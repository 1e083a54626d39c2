package dev.hexgate.emulator.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-disk shape of {@code fixtures/runs.json}: how each project behaves when run, the Slack channels
 * notifications can go to, and the run history that exists at startup. Projects are named by title so the file
 * stays readable; {@link RunSetup} resolves and cross-checks them against the workspace.
 */
public record RunsFixture(List<SlackChannel> slackChannels, List<ProjectEntry> projects, List<SeededRun> history) {

    public static final String DEFAULT_RESOURCE = "fixtures/runs.json";

    // Strict on purpose, like the workspace fixture: a typo fails startup instead of silently dropping a setting.
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    public RunsFixture {
        slackChannels = List.copyOf(slackChannels);
        projects = List.copyOf(projects);
        history = List.copyOf(history);
    }

    /**
     * How one published project runs.
     *
     * @param project the project's title in the workspace
     * @param projectVersion the published version new runs report
     * @param outcome how its runs end
     * @param inputs the inputs of its published app
     * @param savedViews saved views RunProject's {@code viewId} may name
     */
    public record ProjectEntry(
            String project, int projectVersion, RunOutcome outcome, List<PublishedInput> inputs,
            List<SavedView> savedViews) {

        public ProjectEntry {
            Objects.requireNonNull(project, "projects[].project");
            Objects.requireNonNull(outcome, "projects[].outcome");
            inputs = List.copyOf(inputs);
            savedViews = List.copyOf(savedViews);
        }
    }

    /**
     * A finished run in the history at startup. {@code startTime} is null for runs that never started (no kernel,
     * or killed while pending).
     */
    public record SeededRun(
            UUID runId, String project, int projectVersion, RunTrigger runTrigger, RunStatus status,
            Instant startTime, Instant endTime) {

        public SeededRun {
            Objects.requireNonNull(runId, "history[].runId");
            Objects.requireNonNull(project, "history[].project");
            Objects.requireNonNull(runTrigger, "history[].runTrigger");
            Objects.requireNonNull(status, "history[].status");
            Objects.requireNonNull(endTime, "history[].endTime");
        }
    }

    public static RunsFixture readClasspath(String resource) {
        ClassLoader loader = RunsFixture.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Runs fixture not found on classpath: " + resource);
            }
            return READER.readValue(in, RunsFixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read runs fixture " + resource, e);
        }
    }
}
