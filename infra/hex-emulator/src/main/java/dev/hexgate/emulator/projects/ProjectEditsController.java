package dev.hexgate.emulator.projects;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.web.TraceIdFilter;
import dev.hexgate.emulator.web.TsoaError;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.ProjectStatus;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/projects} (CreateProject) and {@code PATCH /api/v1/projects/{projectId}} (UpdateProject, which
 * only sets or clears the project's status). Both answer with the project without sharing, and errors in the tsoa
 * shape. Body structure was checked against the emulator's OpenAPI description before these methods run.
 */
@RestController
class ProjectEditsController {

    private final ProjectStore projects;
    private final Workspace workspace;
    private final Clock clock;

    ProjectEditsController(ProjectStore projects, Workspace workspace, ObjectProvider<Clock> clock) {
        this.projects = projects;
        this.workspace = workspace;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PostMapping("/api/v1/projects")
    ResponseEntity<Project> createProject(@RequestBody CreateProjectRequest body, ServerWebExchange exchange) {
        Project project = ProjectEdits.created(body.title(), body.description(),
                BearerTokenFilter.caller(exchange).user(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return ResponseEntity.status(HttpStatus.CREATED).body(projects.add(project).withoutSharing());
    }

    /**
     * {@code {"status": "<name>"}} sets one of the workspace's statuses (names match exactly), {@code null} removes
     * the status, and a body without {@code status} changes nothing.
     */
    @PatchMapping("/api/v1/projects/{projectId}")
    ResponseEntity<?> updateProject(@PathVariable String projectId, @RequestBody JsonNode body,
            ServerWebExchange exchange) {
        UUID id = UUID.fromString(projectId);
        if (projects.find(id).isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "Project " + projectId + " not found.", exchange);
        }
        if (!body.has("status")) {
            return ResponseEntity.ok(projects.find(id).orElseThrow().withoutSharing());
        }
        Optional<ProjectStatus> status = Optional.empty();
        JsonNode requested = body.get("status");
        if (!requested.isNull()) {
            String name = requested.asString();
            status = workspace.statuses().stream().filter(s -> s.name().equals(name)).findFirst();
            if (status.isEmpty()) {
                return error(HttpStatus.BAD_REQUEST, "Unknown status '" + name + "'. This workspace's statuses are "
                        + workspace.statuses().stream().map(ProjectStatus::name).toList() + ".", exchange);
            }
        }
        ProjectStatus newStatus = status.orElse(null);
        return projects.update(id, p -> ProjectEdits.withStatus(p, newStatus))
                .<ResponseEntity<?>>map(p -> ResponseEntity.ok(p.withoutSharing()))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "Project " + projectId + " not found.", exchange));
    }

    record CreateProjectRequest(String title, String description) {
    }

    private static ResponseEntity<TsoaError> error(HttpStatus status, String reason, ServerWebExchange exchange) {
        return ResponseEntity.status(status).body(TsoaError.of(reason, TraceIdFilter.traceId(exchange)));
    }
}
