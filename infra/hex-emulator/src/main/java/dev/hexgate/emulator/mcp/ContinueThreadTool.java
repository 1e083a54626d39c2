package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.threads.FollowupResult;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code continue_thread}: a follow-up prompt on the caller's IDLE thread; a running thread is refused. */
@Component
class ContinueThreadTool implements HexMcpTool {

    private final ThreadEngine engine;
    private final ThreadLookup lookup;
    private final ThreadToolViews views;
    private final ToolResults results;
    private final String threadIdArgument;
    private final String promptArgument;

    ContinueThreadTool(ThreadEngine engine, ThreadLookup lookup, ThreadToolViews views, ToolResults results,
            McpProperties properties) {
        this.engine = engine;
        this.lookup = lookup;
        this.views = views;
        this.results = results;
        this.threadIdArgument = properties.threadIdArgument();
        this.promptArgument = properties.promptArgument();
    }

    @Override
    public Tool definition() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(threadIdArgument, ToolSchemas.THREAD_ID_SCHEMA);
        properties.put(promptArgument, ToolSchemas.string("The follow-up question or instruction."));
        return Tool.builder()
                .name("continue_thread")
                .title("Continue a Hex thread")
                .description("Send a follow-up prompt to a thread. Only possible while its status is IDLE; each "
                        + "follow-up runs the agent again, so poll get_thread afterwards.")
                .inputSchema(ToolSchemas.objectWith(properties, threadIdArgument, promptArgument))
                .annotations(ToolAnnotations.builder().readOnlyHint(false).destructiveHint(false)
                        .idempotentHint(false).openWorldHint(true).build())
                .build();
    }

    @Override
    public Mono<CallToolResult> call(User caller, ToolArguments arguments) {
        String threadId = arguments.requiredString(threadIdArgument);
        String prompt = arguments.requiredString(promptArgument);
        FollowupResult result = engine.followup(lookup.id(threadId), caller.id(), prompt);
        switch (result.outcome()) {
            case CONTINUED:
                Map<String, Object> view = new LinkedHashMap<>(views.view(result.thread(), engine.now()));
                view.put("message", "Follow-up sent. Call get_thread with this " + threadIdArgument
                        + " until its status is IDLE.");
                return Mono.just(results.success(view));
            case NOT_IDLE:
                throw new InvalidToolCallException(result.refusalMessage());
            default:
                throw ThreadLookup.notFound(threadId);
        }
    }
}
