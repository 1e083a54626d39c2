package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.threads.ThreadStatus;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code get_thread}: the thread's status and, once finished, its messages, tables and link. Like Hex's tool it
 * may wait on a running thread before answering (a long poll), up to {@link McpProperties#getThreadMaxWait()} and
 * never longer than the thread still has to run. The wait is a Reactor timer, so no server thread is blocked.
 */
@Component
class GetThreadTool implements HexMcpTool {

    private final ThreadEngine engine;
    private final ThreadLookup lookup;
    private final ThreadToolViews views;
    private final ToolResults results;
    private final Duration maxWait;
    private final String threadIdArgument;

    GetThreadTool(ThreadEngine engine, ThreadLookup lookup, ThreadToolViews views, ToolResults results,
            McpProperties properties) {
        this.engine = engine;
        this.lookup = lookup;
        this.views = views;
        this.results = results;
        this.maxWait = properties.getThreadMaxWait();
        this.threadIdArgument = properties.threadIdArgument();
    }

    @Override
    public Tool definition() {
        return Tool.builder()
                .name("get_thread")
                .title("Get a Hex thread")
                .description("Get a thread's status and answer. While the status is RUNNING, wait waitTime seconds "
                        + "and call again; when it is IDLE the result has the messages, tables and the thread URL. "
                        + "Check at least 10 times, or until the response has the information you asked for.")
                .inputSchema(ToolSchemas.objectWith(Map.of(threadIdArgument, ToolSchemas.THREAD_ID_SCHEMA),
                        threadIdArgument))
                .annotations(ToolAnnotations.builder().readOnlyHint(true).destructiveHint(false)
                        .idempotentHint(true).openWorldHint(true).build())
                .build();
    }

    @Override
    public Mono<CallToolResult> call(User caller, ToolArguments arguments) {
        String threadId = arguments.requiredString(threadIdArgument);
        HexThread thread = lookup.ownThread(caller, threadId);
        Duration wait = waitFor(thread, engine.now());
        if (wait.isZero()) {
            return Mono.just(results.success(views.view(thread, engine.now())));
        }
        UUID id = thread.id();
        return Mono.delay(wait).map(tick -> {
            HexThread latest = engine.findOwned(id, caller.id()).orElseThrow(() -> ThreadLookup.notFound(threadId));
            return results.success(views.view(latest, engine.now()));
        });
    }

    private Duration waitFor(HexThread thread, Instant now) {
        if (thread.status(now) != ThreadStatus.RUNNING) {
            return Duration.ZERO;
        }
        Duration remaining = thread.latestTurn().remaining(now);
        return remaining.compareTo(maxWait) < 0 ? remaining : maxWait;
    }
}
