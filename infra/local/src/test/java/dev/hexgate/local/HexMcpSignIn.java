package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.testkit.emulator.HeadlessBrowser;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Connects an agent's user to Hex's MCP server the way a person would: hex_connection_status's link, Hex's consent
 * page (approved headlessly as {@code email}), then hexgate's callback.
 */
final class HexMcpSignIn {

    private HexMcpSignIn() {
    }

    static void connect(McpSyncClient client, String email) throws Exception {
        CallToolResult status = client.callTool(CallToolRequest.builder("hex_connection_status").build());
        String startUrl = null;
        for (Object account : (List<?>) ((Map<?, ?>) status.structuredContent()).get("accounts")) {
            Map<?, ?> fields = (Map<?, ?>) account;
            if ("hex-mcp".equals(fields.get("provider"))) {
                assertThat(fields.get("connected")).isEqualTo(false);
                startUrl = (String) fields.get("connectUrl");
            }
        }
        assertThat(startUrl).isNotNull();
        follow(startUrl, email);
    }

    /**
     * Opens token-vault's one-time link {@code startUrl}, approves Hex's sign-in as {@code email} and lands on
     * hexgate's callback; answers the callback's page.
     */
    static String follow(String startUrl, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = browser.send(HttpRequest.newBuilder(URI.create(startUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        URI callback = new HeadlessBrowser().approveAs(URI.create(start.headers().firstValue("Location")
                .orElseThrow()), email);
        HttpResponse<String> connected = browser.send(HttpRequest.newBuilder(callback).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(200);
        return connected.body();
    }
}
