package dev.hexgate.vault.oauth;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Calls to the emulator's {@code /mcp} with an access token, through the official MCP Java client. */
public final class McpCalls {

    private McpCalls() {
    }

    /** {@code initialize} then {@code tools/list}, with {@code Authorization: Bearer <accessToken>}. */
    public static List<String> toolNames(URI mcpUrl, String accessToken) {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder(mcpUrl.getScheme() + "://" + mcpUrl.getRawAuthority())
                        .endpoint(mcpUrl.getRawPath())
                        .httpRequestCustomizer((request, method, endpoint, body, context) ->
                                request.header("Authorization", "Bearer " + accessToken))
                        .build())
                .clientInfo(McpSchema.Implementation.builder("token-vault-oauth-test", "1").build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        try {
            client.initialize();
            return client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        } finally {
            client.closeGracefully();
        }
    }

    /** The HTTP status {@code /mcp} answers an {@code initialize} carrying {@code accessToken}. */
    public static int initializeStatus(URI mcpUrl, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(mcpUrl)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                         "capabilities":{},"clientInfo":{"name":"token-vault-oauth-test","version":"1"}}}"""))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
