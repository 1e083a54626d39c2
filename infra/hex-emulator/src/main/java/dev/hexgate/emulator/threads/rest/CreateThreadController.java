package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.NewThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.threads.ThreadProjects;
import dev.hexgate.emulator.threads.ThreadSource;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.User;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code POST /api/v1/threads} (CreateThread): starts a thread and answers 200 straight away; the thread runs in
 * the background. {@code projectId} must name an existing project; {@code newProject: true} creates one for the
 * thread. {@code muted} is kept but has no visible effect (the emulator has no aggregated UI).
 */
@RestController
class CreateThreadController {

    private final ThreadEngine engine;
    private final ThreadProjects projects;
    private final RestCallers callers;
    private final ThreadJson json;

    CreateThreadController(ThreadEngine engine, ThreadProjects projects, RestCallers callers, ThreadJson json) {
        this.engine = engine;
        this.projects = projects;
        this.callers = callers;
        this.json = json;
    }

    @PostMapping("/api/v1/threads")
    ThreadJson.CreateThreadResponse createThread(@RequestBody ThreadRequestBodies.CreateThreadBody request,
            ServerWebExchange exchange) {
        request.requireProjectChoiceIsUnambiguous();
        User user = callers.user(exchange);
        UUID projectId = projectFor(request, user);
        // Hex ignores muted for project-backed threads.
        boolean muted = projectId == null && request.isMuted();
        HexThread thread = engine.start(
                new NewThread(user.id(), request.prompt(), ThreadSource.PUBLIC_API, projectId, muted));
        return json.created(thread);
    }

    private UUID projectFor(ThreadRequestBodies.CreateThreadBody request, User user) {
        if (request.projectId() != null) {
            return ThreadIds.parse(request.projectId()).flatMap(projects::existing).map(Project::id)
                    .orElseThrow(() -> ThreadApiException.badRequest(
                            "projectId does not name a project in this workspace"));
        }
        if (request.wantsNewProject()) {
            return projects.create(user, ThreadEngine.title(request.prompt()), engine.now()).id();
        }
        return null;
    }
}
