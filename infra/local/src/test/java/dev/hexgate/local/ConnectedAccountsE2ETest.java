package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.local.LocalStackSettings.Service;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connected-accounts tools over MCP, answered by token-vault through the gateway: each test is a new user
 * (an API key issued through the vault's admin API), so nothing is connected at first.
 */
class ConnectedAccountsE2ETest {

    private RunningStack stack;
    private McpSyncClient client;

    @BeforeEach
    void newUser() {
        stack = SharedStack.get();
        String apiKey = VaultAdmin.issueApiKey(stack, "e2e-accounts-" + UUID.randomUUID().toString().substring(0, 8));
        client = McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP), apiKey);
        client.initialize();
    }

    @AfterEach
    void close() {
        client.closeGracefully();
    }

    @Test
    void theToolsAreListedWithTruthfulAnnotations() {
        Map<String, Tool> tools = new HashMap<>();
        client.listTools().tools().forEach(tool -> tools.put(tool.name(), tool));

        assertThat(tools.get("hex_connection_status").annotations().readOnlyHint()).isTrue();
        Tool disconnect = tools.get("disconnect_hex_account");
        assertThat(disconnect.annotations().destructiveHint()).isTrue();
        assertThat(disconnect.annotations().readOnlyHint()).isFalse();
        assertThat(disconnect.inputSchema().get("required")).isEqualTo(List.of("provider"));
    }

    @Test
    void aNewUserHasNoAccountConnected() {
        CallToolResult status = client.callTool(CallToolRequest.builder("hex_connection_status").build());

        assertThat(status.isError()).isFalse();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> accounts = (List<Map<String, Object>>) structured(status).get("accounts");
        assertThat(accounts).extracting(a -> a.get("provider")).containsExactlyInAnyOrder("hex-mcp", "hex-api");
        assertThat(accounts).allSatisfy(a -> assertThat(a.get("connected")).isEqualTo(false));
        assertThat(text(status)).contains("hex-api: not connected").contains("hex-mcp: not connected");
    }

    @Test
    void disconnectingWhatIsNotConnectedSaysSoAndChangesNothing() {
        CallToolResult answer = client.callTool(CallToolRequest.builder("disconnect_hex_account")
                .arguments(Map.of("provider", "hex-api")).build());

        assertThat(answer.isError()).isFalse();
        assertThat(structured(answer)).containsEntry("disconnected", false)
                .containsEntry("provider", "hex-api");
        assertThat(text(answer)).contains("nothing to disconnect");
    }

    @Test
    void anUnknownProviderIsRefusedNamingTheArgument() {
        CallToolResult answer = client.callTool(CallToolRequest.builder("disconnect_hex_account")
                .arguments(Map.of("provider", "github")).build());

        assertThat(answer.isError()).isTrue();
        assertThat(text(answer)).contains("provider");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
