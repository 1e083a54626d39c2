package dev.hexgate.local;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;

/** The official MCP Java SDK client over Streamable HTTP, presenting an API key as an agent would. */
final class McpTestClients {

    private McpTestClients() {
    }

    static McpSyncClient connect(String baseUrl, String apiKey) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(baseUrl)
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + apiKey))
                .build();
        return McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("hexgate-e2e", "1").build())
                .requestTimeout(Duration.ofSeconds(45))
                .build();
    }
}
