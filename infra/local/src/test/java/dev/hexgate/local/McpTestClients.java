package dev.hexgate.local;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/** The official MCP Java SDK client over Streamable HTTP, presenting an API key as an agent would. */
final class McpTestClients {

    private McpTestClients() {
    }

    static McpSyncClient connect(String baseUrl, String apiKey) {
        return connect(baseUrl, apiKey, progress -> { });
    }

    /** A client that hands every progress notification the server sends to {@code progress}. */
    static McpSyncClient connect(String baseUrl, String apiKey, Consumer<McpSchema.ProgressNotification> progress) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(baseUrl)
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + apiKey))
                .build();
        return McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("hexgate-e2e", "1").build())
                .requestTimeout(Duration.ofSeconds(45))
                .progressConsumer(progress)
                .build();
    }
}
