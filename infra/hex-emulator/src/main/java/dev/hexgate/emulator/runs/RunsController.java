package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.web.TraceIdFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * RunProject, GetRunStatus, CancelRun and GetProjectRuns, on the current {@code /v1/projects/{id}/runs...} routes
 * and on the 2022 singular aliases ({@code /v1/project/{id}/run...}) Hex still serves to older clients. Both
 * answer the same way; errors use the tsoa shape. Parameter formats, enums and bounds were checked against the
 * emulator's OpenAPI description before these methods run.
 *
 * <p>Each request reads the clock once, so everything one answer says about a run is from the same instant.
 */
@RestController
class RunsController {

    private static final String LEGACY_PREFIX = "/api/v1/project/";

    private final RunLauncher launcher;
    private final RunStore runs;
    private final ProjectStore projects;
    private final RunUrls urls;
    private final Clock clock;

    RunsController(RunLauncher launcher, RunStore runs, ProjectStore projects, RunUrls urls,
            ObjectProvider<Clock> clock) {
        this.launcher = launcher;
        this.runs = runs;
        this.projects = projects;
        this.urls = urls;
        // A shared Clock bean (if the application defines exactly one) lets tests pin time; otherwise real time.
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PostMapping({"/api/v1/projects/{projectId}/runs", "/api/v1/project/{projectId}/run"})
    ResponseEntity<RunStarted> runProject(
            @PathVariable String projectId,
            @RequestBody(required = false) RunProjectRequest body,
            @RequestHeader(name = "flag-config-override", required = false) String flagConfigOverride,
            ServerWebExchange exchange) {
        UUID project = UUID.fromString(projectId);
        RunProjectRequest request = body == null ? RunProjectRequest.EMPTY : body;
        Run run = launcher.launch(project, request, BearerTokenFilter.caller(exchange), flagConfigOverride, now());
        return ResponseEntity.status(HttpStatus.CREATED).body(new RunStarted(
                project, run.runId(), urls.runUrl(project, run.runId()), urls.runStatusUrl(project, run.runId()),
                TraceIdFilter.traceId(exchange), run.projectVersion(), run.notifications()));
    }

    @GetMapping({"/api/v1/projects/{projectId}/runs/{runId}", "/api/v1/project/{projectId}/run/{runId}"})
    RunStatusPayload getRunStatus(
            @PathVariable String projectId,
            @PathVariable String runId,
            @RequestHeader(name = "enable-expanded-stats", required = false) String expandedStats,
            ServerWebExchange exchange) {
        Run run = runs.find(UUID.fromString(projectId), UUID.fromString(runId))
                .orElseThrow(() -> runNotFound(projectId, runId));
        return payload(run.at(now()), exchange, "true".equalsIgnoreCase(expandedStats));
    }

    @DeleteMapping({"/api/v1/projects/{projectId}/runs/{runId}", "/api/v1/project/{projectId}/run/{runId}"})
    ResponseEntity<Void> cancelRun(@PathVariable String projectId, @PathVariable String runId) {
        RunSnapshot before = runs.cancel(UUID.fromString(projectId), UUID.fromString(runId), now())
                .orElseThrow(() -> runNotFound(projectId, runId));
        if (before.status().isTerminal()) {
            throw RunRejectedException.unprocessable("Run " + runId + " has already finished with status "
                    + before.status() + " and cannot be cancelled.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/api/v1/projects/{projectId}/runs", "/api/v1/project/{projectId}/runs"})
    RunsPage getProjectRuns(
            @PathVariable String projectId,
            @RequestParam MultiValueMap<String, String> params,
            ServerWebExchange exchange) {
        UUID project = UUID.fromString(projectId);
        if (projects.find(project).isEmpty()) {
            throw RunRejectedException.notFound("Project " + projectId + " not found.");
        }
        int limit = intParam(params, "limit", 25);
        int offset = intParam(params, "offset", 0);
        String statusFilter = blankToNull(params.getFirst("statusFilter"));
        String triggerFilter = blankToNull(params.getFirst("runTriggerFilter"));
        Instant now = now();
        List<RunSnapshot> matching = runs.ofProject(project).stream()
                .map(run -> run.at(now))
                .filter(s -> statusFilter == null || s.status().name().equals(statusFilter))
                .filter(s -> triggerFilter == null || "ALL".equals(triggerFilter)
                        || s.run().trigger().name().equals(triggerFilter))
                .toList();
        List<RunStatusPayload> page = matching.stream().skip(offset).limit(limit)
                .map(s -> payload(s, exchange, false))
                .toList();
        boolean legacy = isLegacy(exchange);
        String next = offset + limit < matching.size()
                ? urls.runsPage(project, legacy, limit, offset + limit, statusFilter, triggerFilter) : null;
        String previous = offset > 0
                ? urls.runsPage(project, legacy, limit, Math.max(0, offset - limit), statusFilter, triggerFilter)
                : null;
        return new RunsPage(page, next, previous, TraceIdFilter.traceId(exchange));
    }

    @ExceptionHandler(RunRejectedException.class)
    ResponseEntity<Object> rejected(RunRejectedException e, ServerWebExchange exchange) {
        return ResponseEntity.status(e.status()).body(e.body(TraceIdFilter.traceId(exchange)));
    }

    private RunStatusPayload payload(RunSnapshot snapshot, ServerWebExchange exchange, boolean expanded) {
        Run run = snapshot.run();
        return RunStatusPayload.of(snapshot, urls.runUrl(run.projectId(), run.runId()),
                TraceIdFilter.traceId(exchange), expanded);
    }

    /** Hex's timestamps have millisecond precision; so do the emulator's, so elapsed times add up exactly. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static RunRejectedException runNotFound(String projectId, String runId) {
        return RunRejectedException.notFound("Run " + runId + " not found for project " + projectId + ".");
    }

    private static boolean isLegacy(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().startsWith(LEGACY_PREFIX);
    }

    private static int intParam(MultiValueMap<String, String> params, String name, int defaultValue) {
        String value = blankToNull(params.getFirst(name));
        return value == null ? defaultValue : Integer.parseInt(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
