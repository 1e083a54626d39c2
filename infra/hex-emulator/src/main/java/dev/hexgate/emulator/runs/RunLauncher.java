package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.timing.Timings;
import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.ProjectType;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * RunProject's rules beyond the schema, in the order a request meets them: the body's cross-field rules, the
 * project (exists, is a published, non-trashed project), the saved view, input values, notification targets and
 * the caller's access; then a dry run stops, and a real run is recorded with its phases fixed from the current
 * {@link Timings}.
 */
@Component
class RunLauncher {

    private final ProjectStore projects;
    private final RunSetup setup;
    private final RunStore runs;
    private final Timings timings;
    private final Workspace workspace;
    private final NotificationResolver notifications;

    RunLauncher(ProjectStore projects, RunSetup setup, RunStore runs, Timings timings, Workspace workspace,
            NotificationResolver notifications) {
        this.projects = projects;
        this.setup = setup;
        this.runs = runs;
        this.timings = timings;
        this.workspace = workspace;
        this.notifications = notifications;
    }

    /** The run started (or, for a dry run, the dummy run that was not stored). */
    Run launch(UUID projectId, RunProjectRequest request, ApiToken caller, String flagConfigOverride, Instant now) {
        if (request.hasInputParams() && request.viewId() != null) {
            throw RunRejectedException.unprocessable("It is invalid to pass in both a viewId and inputParams.");
        }
        if (request.hasInputParams() && request.isUpdatePublishedResults()) {
            throw RunRejectedException.unprocessable(
                    "updatePublishedResults cannot be true when custom inputParams are provided.");
        }
        Project project = projects.find(projectId)
                .orElseThrow(() -> RunRejectedException.notFound("Project " + projectId + " not found."));
        if (project.type() == ProjectType.COMPONENT) {
            throw RunRejectedException.unprocessable("Project " + projectId + " is a component; components cannot be run.");
        }
        if (project.isTrashed()) {
            throw RunRejectedException.unprocessable("Project " + projectId + " is in the trash and cannot be run.");
        }
        if (project.lastPublishedAt() == null) {
            throw RunRejectedException.unprocessable("Project " + projectId
                    + " has not been published. Publish the project before running it through the API.");
        }
        ProjectRunSetup projectSetup = setup.forProject(projectId);
        if (request.viewId() != null && !projectSetup.hasSavedView(request.viewId())) {
            throw RunRejectedException.unprocessable(
                    "Saved view " + request.viewId() + " was not found in project " + projectId + ".");
        }
        InputParamsCheck.check(request.inputParams(), projectSetup);
        List<NotificationRecipient> recipients = notifications.resolve(request.notificationsOrEmpty());
        if (request.isUpdatePublishedResults() && !ProjectAccess.atLeast(access(project, caller), Access.CAN_EDIT)) {
            throw RunRejectedException.forbidden(
                    "Updating published results requires at least Can Edit access to project " + projectId + ".");
        }

        Timings.Settings timing = timings.current();
        Run run = Run.submitted(UUID.randomUUID(), projectId, projectSetup.projectVersion(), projectSetup.outcome(),
                now, timing.runPending(), timing.runRunning(), recipients, flagConfigOverride);
        if (!request.isDryRun()) {
            runs.add(run);
        }
        return run;
    }

    private Access access(Project project, ApiToken caller) {
        return workspace.userByEmail(caller.user()).map(user -> ProjectAccess.of(project, user)).orElse(Access.NONE);
    }
}
