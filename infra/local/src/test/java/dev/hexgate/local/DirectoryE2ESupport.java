package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.local.LocalStackSettings.Service;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the directory end-to-end tests (sharing, collections, groups, data connections) share: one MCP client on the
 * shared stack, result accessors, emulator faults and the emulator's request log.
 */
final class DirectoryE2ESupport implements AutoCloseable {

    static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000dead";
    static final String MAYA = "4a9d62b4-c70d-4263-9280-1c7fce8ab0e7";
    static final String DANIEL = "0f0fc553-4fc4-49b5-a8d7-146d155a577a";
    static final String PRIYA = "0498b775-f94f-4872-9f25-1dfac1adbbb8";
    static final String HANNAH = "345b52d1-3dc1-45bf-8987-80e8bf872c77";
    static final String KENJI = "038fc556-257b-4bee-880f-5fbdb80d9f25";
    static final String SOFIA = "dd08dc2b-ad85-41c4-a08b-acb640067c55";
    static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";

    private static final JsonMapper JSON = JsonMapper.shared();

    final RunningStack stack;
    final McpSyncClient client;

    DirectoryE2ESupport() {
        stack = SharedStack.get();
        client = McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP), stack.apiKey());
        client.initialize();
    }

    @Override
    public void close() {
        client.closeGracefully();
    }

    CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    /** Calls and expects success; answers the structured content. */
    @SuppressWarnings("unchecked")
    Map<String, Object> ok(String tool, Map<String, Object> arguments) {
        CallToolResult result = call(tool, arguments);
        assertThat(result.isError()).as(tool + ": " + text(result)).isFalse();
        return (Map<String, Object>) result.structuredContent();
    }

    static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Makes the emulator answer the next {@code times} (null = every) requests of {@code operationId} with {@code status}. */
    static void fault(String operationId, int status, Integer times) {
        String body = "{\"operationId\":\"" + operationId + "\",\"status\":" + status
                + (status == 429 ? ",\"retryAfter\":1" : "") + (times == null ? "" : ",\"times\":" + times) + "}";
        SharedStack.emulatorControl("POST", "/_emulator/faults", body);
    }

    static void clearFaults() {
        SharedStack.emulatorControl("DELETE", "/_emulator/faults", null);
    }

    /** Requests of {@code operationId} that reached the emulator since {@code since} (emulator time never lags). */
    static List<JsonNode> requests(String operationId, Instant since) {
        JsonNode log = JSON.readTree(SharedStack.emulatorControl("GET",
                "/_emulator/requests?operationId=" + operationId + "&since=" + since, null));
        List<JsonNode> found = new ArrayList<>();
        log.path("requests").forEach(found::add);
        return found;
    }

    /** A Hex REST call made directly with the workspace token, for checking state no tool under test reads. */
    JsonNode hexGet(String pathAndQuery) {
        try {
            String tokens = SharedStack.emulatorControl("GET", "/_emulator/tokens", null);
            String token = null;
            for (JsonNode t : JSON.readTree(tokens).path("tokens")) {
                if ("workspace".equals(t.path("kind").asString())) {
                    token = t.path("token").asString();
                }
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(stack.hexApiUrl() + "/api/v1" + pathAndQuery))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The three Hex failures every tool must report as a readable tool error: 404, 403 and 429 (with Retry-After).
     * A mutation must not be retried after a 429: the emulator must have seen exactly one request.
     */
    void assertHexFailuresReported(String tool, String operationId, Map<String, Object> arguments, boolean mutation,
            boolean faultFor404) {
        try {
            if (faultFor404) {
                fault(operationId, 404, null);
            }
            CallToolResult notFound = call(tool, arguments);
            assertThat(notFound.isError()).as(tool + " 404").isTrue();
            assertThat(text(notFound)).as(tool + " 404").contains("NOT_FOUND").contains("Hex status 404");
            clearFaults();

            fault(operationId, 403, null);
            CallToolResult forbidden = call(tool, arguments);
            assertThat(forbidden.isError()).as(tool + " 403").isTrue();
            assertThat(text(forbidden)).as(tool + " 403").contains("not allowed").contains("FORBIDDEN")
                    .contains("Hex status 403");
            clearFaults();

            Instant before = Instant.now();
            fault(operationId, 429, mutation ? 1 : null);
            CallToolResult limited = call(tool, arguments);
            assertThat(limited.isError()).as(tool + " 429").isTrue();
            assertThat(text(limited)).as(tool + " 429").contains("rate-limiting").contains("wait 1 s")
                    .contains("RATE_LIMITED").contains("Hex status 429");
            if (mutation) {
                assertThat(requests(operationId, before)).as(tool + " must not be retried after a 429").hasSize(1);
            }
        } finally {
            clearFaults();
        }
    }
}
