package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.workspace.Org;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code get_me}: who the access token belongs to, with their workspace role and workspace. Any role may call it. */
@Component
class GetMeTool implements HexMcpTool {

    private final Org org;
    private final ToolResults results;

    GetMeTool(Workspace workspace, ToolResults results) {
        this.org = workspace.org();
        this.results = results;
    }

    record Me(String userId, String name, String email, String role, String workspaceId, String workspaceName) {
    }

    @Override
    public Tool definition() {
        return Tool.builder()
                .name("get_me")
                .title("Get the current Hex user")
                .description("Returns the signed-in Hex user: id, name, email, workspace role and workspace.")
                .inputSchema(ToolSchemas.objectWith(Map.of()))
                .annotations(ToolAnnotations.builder().readOnlyHint(true).destructiveHint(false)
                        .idempotentHint(true).openWorldHint(true).build())
                .build();
    }

    @Override
    public Mono<CallToolResult> call(User caller, ToolArguments arguments) {
        return Mono.just(results.success(new Me(caller.id().toString(), caller.name(), caller.email(),
                caller.role().name(), org.id().toString(), org.name())));
    }

    @Override
    public boolean requiresExplorer() {
        return false;
    }
}
