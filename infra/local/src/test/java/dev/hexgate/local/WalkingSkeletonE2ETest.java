package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventType;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.testkit.kafka.KafkaProbe;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The walking skeleton, end to end: the whole local stack in this JVM, an agent on the official MCP client, tools
 * that travel gateway → Kafka → hex-api-service → Hex emulator and back, and the events checked on Kafka.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkingSkeletonE2ETest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private RunningStack running;
    private McpSyncClient client;
    private KafkaProbe probe;

    @BeforeAll
    void startStack() {
        // The stack is shared with the other end-to-end classes: closing a stack here would also shut the
        // Reactor Netty resources they run on.
        running = SharedStack.get();
        probe = KafkaProbe.listen(running.kafkaBootstrapServers(), Topics.COMMANDS, Topics.COMMAND_RESULTS);
        client = McpTestClients.connect(running.baseUrlOf(Service.GATEWAY_MCP), running.apiKey());
        client.initialize();
    }

    @AfterAll
    void stopStack() {
        if (client != null) {
            client.closeGracefully();
        }
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsToolsWithSchemasAndTruthfulAnnotations() {
        Map<String, Tool> tools = client.listTools().tools().stream()
                .collect(Collectors.toMap(Tool::name, Function.identity()));
        assertThat(tools).containsKeys("list_hex_projects", "get_hex_project");

        Tool list = tools.get("list_hex_projects");
        assertThat((Map<String, Object>) list.inputSchema().get("properties")).containsKeys("limit", "after", "before", "statuses",
                "include_archived", "sort_by");
        assertThat(list.outputSchema()).containsKey("properties");
        assertThat(list.annotations().readOnlyHint()).isTrue();
        assertThat(list.annotations().destructiveHint()).isFalse();

        Tool get = tools.get("get_hex_project");
        assertThat((List<Object>) get.inputSchema().get("required")).containsExactly("project_id");
        assertThat(get.annotations().idempotentHint()).isTrue();
    }

    @Test
    void pagesThroughSeededProjectsAndPublishesCommandAndResult() {
        probe.clear();
        CallToolResult first = call("list_hex_projects", Map.of("limit", 5));
        assertThat(first.isError()).isFalse();
        Map<String, Object> page1 = structured(first);
        List<Map<String, Object>> values1 = values(page1);
        assertThat(values1).hasSize(5);
        String after = (String) pagination(page1).get("after");
        assertThat(after).isNotBlank();
        assertThat(pagination(page1).get("before")).isNull();
        assertThat(text(first)).contains("5 projects").contains("after=\"" + after + "\"");

        CallToolResult second = call("list_hex_projects", Map.of("limit", 5, "after", after));
        List<Map<String, Object>> values2 = values(structured(second));
        assertThat(values2).hasSize(5);
        assertThat(ids(values2)).doesNotContainAnyElementsOf(ids(values1));
        assertThat(pagination(structured(second)).get("before")).isNotNull();

        ConsumerRecord<String, String> command = probe.awaitRecord(r -> r.topic().equals(Topics.COMMANDS)
                && r.value().contains("\"list_hex_projects\""), EVENT_WAIT);
        assertThat(command.key()).isEqualTo("mcp:e2e");
        assertThat(header(command, EventHeaders.CE_TYPE)).isEqualTo(EventType.COMMAND_REQUESTED.ceType());
        CommandRequested requested = (CommandRequested) EventRecords.fromRecord(asBytes(command));
        assertThat(requested.arguments().get("limit").asInt()).isEqualTo(5);

        ConsumerRecord<String, String> result = probe.awaitRecord(r -> r.topic().equals(Topics.COMMAND_RESULTS)
                && requested.commandId().equals(r.key()), EVENT_WAIT);
        assertThat(header(result, EventHeaders.CE_TYPE)).isEqualTo(EventType.COMMAND_COMPLETED.ceType());
        CommandCompleted completed = (CommandCompleted) EventRecords.fromRecord(asBytes(result));
        assertThat(completed.hexStatus()).isEqualTo(200);
        assertThat(completed.result().get("values").size()).isEqualTo(5);
    }

    @Test
    void getsOneProjectAndReportsAnUnknownOneClearly() {
        Map<String, Object> someProject = values(structured(call("list_hex_projects", Map.of("limit", 1)))).get(0);
        String id = (String) someProject.get("id");

        CallToolResult found = call("get_hex_project", Map.of("project_id", id));
        assertThat(found.isError()).isFalse();
        assertThat(structured(found)).containsEntry("id", id).containsEntry("title", someProject.get("title"))
                .containsKeys("owner", "schedules", "analytics", "lastEditedAt");
        assertThat(text(found)).contains((String) someProject.get("title"));

        String unknown = "00000000-0000-4000-8000-000000000000";
        CallToolResult missing = call("get_hex_project", Map.of("project_id", unknown));
        assertThat(missing.isError()).isTrue();
        assertThat(text(missing)).contains("Hex has no project " + unknown).contains("NOT_FOUND")
                .contains("Hex status 404");
    }

    @Test
    void rejectsInvalidArgumentsByNameAndPublishesNothingForThem() {
        probe.clear();
        CallToolResult notUuid = call("get_hex_project", Map.of("project_id", "not-a-uuid"));
        CallToolResult missing = call("get_hex_project", Map.of());
        CallToolResult tooSmall = call("list_hex_projects", Map.of("limit", 0));
        CallToolResult tooBig = call("list_hex_projects", Map.of("limit", 101));
        CallToolResult both = call("list_hex_projects", Map.of("after", "a", "before", "b"));
        CallToolResult unknownArgument = call("list_hex_projects", Map.of("offset", 10));

        assertThat(List.of(notUuid, missing, tooSmall, tooBig, both, unknownArgument))
                .allSatisfy(r -> assertThat(r.isError()).isTrue());
        assertThat(text(notUuid)).contains("'project_id'");
        assertThat(text(missing)).contains("'project_id'");
        assertThat(text(tooSmall)).contains("'limit'");
        assertThat(text(tooBig)).contains("'limit'");
        assertThat(text(both)).contains("either 'after' or 'before'");
        assertThat(text(unknownArgument)).contains("'offset'");

        // Commands of one caller share a partition, so a valid call's command arriving first proves that none
        // of the invalid calls above was published before it.
        call("list_hex_projects", Map.of("limit", 2));
        ConsumerRecord<String, String> firstCommand = probe.awaitRecord(r -> r.topic().equals(Topics.COMMANDS),
                EVENT_WAIT);
        assertThat(firstCommand.value()).contains("\"limit\":2");
    }

    @Test
    void refusesMissingAndWrongApiKeysWithAChallenge() throws Exception {
        HttpResponse<String> none = post(null, initializeBody());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));

        HttpResponse<String> wrong = post("hxg_wrong", initializeBody());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).contains("invalid_token"));
        assertThat(wrong.body()).doesNotContain("hxg_wrong");
    }

    @Test
    void answersMalformedJsonRpcWithAJsonRpcErrorNotA500() throws Exception {
        HttpResponse<String> truncated = post(running.apiKey(), "{\"jsonrpc\": \"2.0\", \"method\": ");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).contains("\"jsonrpc\":\"2.0\"").contains("\"code\":-32700")
                .doesNotContain("stackTrace").doesNotContain("Exception");

        HttpResponse<String> notJsonRpc = post(running.apiKey(), "{\"hello\": \"world\"}");
        assertThat(notJsonRpc.statusCode()).isEqualTo(400);
        assertThat(notJsonRpc.body()).contains("\"code\":-32600").doesNotContain("stackTrace");
    }

    @Test
    void everyServiceIsHealthyOnItsOwnPort() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Service service : Service.values()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create(running.baseUrlOf(service) + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(service.id()).isEqualTo(200);
            assertThat(health.body()).as(service.id()).contains("\"UP\"");
        }
        assertThat(running.servicePorts().values()).doesNotHaveDuplicates();
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private HttpResponse<String> post(String apiKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(running.mcpUrl()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String initializeBody() {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isFalse();
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("values");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pagination(Map<String, Object> page) {
        return (Map<String, Object>) page.get("pagination");
    }

    private static List<Object> ids(List<Map<String, Object>> projects) {
        return projects.stream().map(p -> p.get("id")).toList();
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return EventRecords.header(record.headers(), name);
    }

    private static ConsumerRecord<String, byte[]> asBytes(ConsumerRecord<String, String> record) {
        ConsumerRecord<String, byte[]> bytes = new ConsumerRecord<>(record.topic(), record.partition(),
                record.offset(), record.key(), record.value().getBytes(StandardCharsets.UTF_8));
        record.headers().forEach(h -> bytes.headers().add(h));
        return bytes;
    }
}
