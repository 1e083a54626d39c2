package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.threads.FollowupResult;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.workspace.User;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code POST /api/v1/threads/{id}/followup} (ContinueThread). Hex does not queue follow-ups: a thread that is not
 * IDLE is refused with 400 (the only client-error status Hex declares for this route besides 401/403), saying
 * why. An unknown id, or another user's thread, is 404.
 */
@RestController
class ContinueThreadController {

    private final ThreadEngine engine;
    private final RestCallers callers;
    private final ThreadJson json;

    ContinueThreadController(ThreadEngine engine, RestCallers callers, ThreadJson json) {
        this.engine = engine;
        this.callers = callers;
        this.json = json;
    }

    @PostMapping("/api/v1/threads/{id}/followup")
    ThreadJson.ContinueThreadResponse continueThread(@PathVariable String id,
            @RequestBody ThreadRequestBodies.FollowupBody body, ServerWebExchange exchange) {
        UUID threadId = ThreadIds.require(id);
        User user = callers.user(exchange);
        FollowupResult result = engine.followup(threadId, user.id(), body.prompt());
        switch (result.outcome()) {
            case CONTINUED:
                return json.continued(result.thread());
            case NOT_IDLE:
                throw ThreadApiException.badRequest(result.refusalMessage());
            default:
                throw ThreadApiException.notFound();
        }
    }
}
