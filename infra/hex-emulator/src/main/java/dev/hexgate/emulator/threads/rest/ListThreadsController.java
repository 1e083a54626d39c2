package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.workspace.Role;
import dev.hexgate.emulator.workspace.User;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/v1/threads} (ListThreads). Hex requires the Manager role or higher: Editors and below get 403.
 * Request validation has checked the parameters before this runs, and the cursors are decoded before the role
 * check too, so a bad request is 400 whoever sends it.
 */
@RestController
class ListThreadsController {

    private final ThreadLister lister;
    private final RestCallers callers;

    ListThreadsController(ThreadLister lister, RestCallers callers) {
        this.lister = lister;
        this.callers = callers;
    }

    @GetMapping("/api/v1/threads")
    ThreadLister.ThreadPage listThreads(@RequestParam MultiValueMap<String, String> params,
            ServerWebExchange exchange) {
        ListThreadsQuery query = ListThreadsQuery.parse(params);
        User caller = callers.user(exchange);
        if (caller.role() != Role.ADMIN && caller.role() != Role.MANAGER) {
            throw ThreadApiException.forbidden();
        }
        return lister.list(caller, query);
    }
}
