package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.threads.HexThread;
import dev.hexgate.emulator.threads.NewThread;
import dev.hexgate.emulator.threads.ThreadEngine;
import dev.hexgate.emulator.threads.ThreadSource;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code create_thread}: starts a new standalone thread (MCP threads never continue an in-app thread). */
@Component
class CreateThreadTool implements HexMcpTool {

    private final ThreadEngine engine;
    private final ThreadToolViews views;
    private final ToolResults results;
    private final String threadIdArgument;
    private final String promptArgument;

    CreateThreadTool(ThreadEngine engine, ThreadToolViews views, ToolResults results, McpProperties properties) {
        this.engine = engine;
        this.views = views;
        this.results = results;
        this.threadIdArgument = properties.threadIdArgument();
        this.promptArgument = properties.promptArgument();
    }

    @Override
    public Tool definition() {
        return Tool.builder()
                .name("create_thread")
                .title("Create a Hex thread")
                .description("Ask the Hex agent a question about your data. Starts a new thread and returns its id "
                        + "and URL; the answer takes a while, so poll get_thread with the thread id until its status "
                        + "is IDLE. To run SQL as-is, write 'Run this SQL: <statement>'.")
                .inputSchema(ToolSchemas.objectWith(Map.of(promptArgument,
                        ToolSchemas.string("The question or instruction for the agent.")), promptArgument))
                .annotations(ToolAnnotations.builder().readOnlyHint(false).destructiveHint(false)
                        .idempotentHint(false).openWorldHint(true).build())
                .build();
    }

    @Override
    public Mono<CallToolResult> call(User caller, ToolArguments arguments) {
        String prompt = arguments.requiredString(promptArgument);
        HexThread thread = engine.start(NewThread.standalone(caller.id(), prompt, ThreadSource.MCP));
        Map<String, Object> created = new LinkedHashMap<>(views.view(thread, engine.now()));
        created.put("createdAt", thread.createdAt());
        created.put("message", "Created thread " + thread.id() + " (" + created.get("url") + "). Call get_thread "
                + "with this " + threadIdArgument + " until its status is IDLE to read the answer.");
        return Mono.just(results.success(created));
    }
}
