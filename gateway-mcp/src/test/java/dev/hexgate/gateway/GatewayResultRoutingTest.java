package dev.hexgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway against real Kafka, with this test in hex-api-service's place: it reads the published command and
 * answers on the results topic; for ask_hex it also plays thread-poller, reporting on the threads topic. That is
 * the contract between those services, exercised from the gateway's side.
 */
class GatewayResultRoutingTest {

    private static final String API_KEY = "hxg_routing_" + UUID.randomUUID();
    private static final String PROJECT = "5a8591dd-4039-49df-9202-96385ba3eff8";

    private static ConfigurableApplicationContext gateway;
    private static McpSyncClient client;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe commands;
    private static final List<ProgressNotification> PROGRESS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        String kafka = SharedKafka.get().bootstrapServers();
        gateway = GatewayMcpApplication.application().run("--server.port=0", "--spring.kafka.bootstrap-servers=" + kafka,
                "--hexgate.gateway.instance-id=gw-under-test", "--hexgate.gateway.api-keys=router:" + API_KEY,
                "--hexgate.gateway.command-timeout=4s", "--hexgate.gateway.thread-report-grace=1s");
        commands = KafkaProbe.listen(kafka, Topics.COMMANDS);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port).endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + API_KEY)).build())
                .clientInfo(McpSchema.Implementation.builder("routing-test", "1").build())
                .progressConsumer(PROGRESS::add)
                .requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
    }

    @AfterAll
    static void stop() {
        client.closeGracefully();
        commands.close();
        producer.close();
        gateway.close();
    }

    @Test
    void publishesTheCommandAndSaysSoWhenNoResultArrivesInTime() {
        commands.clear();
        CallToolResult result = call(Map.of("project_id", PROJECT));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("did not answer get_hex_project within 4 s");
        CommandRequested sent = commandSeen();
        assertThat(sent.userKey()).isEqualTo("mcp:router");
        assertThat(sent.origin().mcp().gatewayInstanceId()).isEqualTo("gw-under-test");
        assertThat(sent.deadline()).isAfter(sent.requestedAt());
        assertThat(sent.arguments().get("project_id").asString()).isEqualTo(PROJECT);
    }

    @Test
    void takesOnlyTheResultAddressedToThisInstance() {
        commands.clear();
        CompletableFuture<CallToolResult> pending = CompletableFuture.supplyAsync(
                () -> call(Map.of("project_id", PROJECT)));
        CommandRequested sent = commandSeen();

        publish(new CommandCompleted(UUID.randomUUID().toString(), sent.commandId(), sent.userKey(),
                Origin.mcp("another-gateway", sent.commandId()), sent.operation(),
                EventCodec.toTree(Map.of("id", PROJECT, "title", "Not for you")), 200, Instant.now()));
        publish(new CommandCompleted(UUID.randomUUID().toString(), sent.commandId(), sent.userKey(), sent.origin(),
                sent.operation(), EventCodec.toTree(projectNamed("Revenue Dashboard")), 200, Instant.now()));

        CallToolResult result = pending.join();
        assertThat(result.isError()).as(text(result)).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsEntry("title", "Revenue Dashboard").containsEntry("id", PROJECT);
        assertThat(text(result)).contains("\"Revenue Dashboard\"").contains("never published");
    }

    @Test
    void turnsAFailureIntoAToolErrorWithTheLinkToConnect() {
        commands.clear();
        CompletableFuture<CallToolResult> pending = CompletableFuture.supplyAsync(
                () -> call(Map.of("project_id", PROJECT)));
        CommandRequested sent = commandSeen();
        publish(new CommandFailed(UUID.randomUUID().toString(), sent.commandId(), sent.userKey(), sent.origin(),
                sent.operation(), FailureCode.AUTHORIZATION_REQUIRED, null, "Connect your Hex account first.", false,
                "http://localhost:8082/connect/abc", Instant.now()));

        CallToolResult result = pending.join();
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Connect your Hex account first.")
                .contains("http://localhost:8082/connect/abc").contains("AUTHORIZATION_REQUIRED");
    }

    @Test
    void askHexFollowsTheThreadsReportsToItsAnswer() {
        commands.clear();
        CompletableFuture<CallToolResult> pending = CompletableFuture.supplyAsync(() -> client.callTool(
                CallToolRequest.builder("ask_hex").progressToken("ask-found")
                        .arguments(Map.of("prompt", "Top customers by revenue", "expect", "name, total")).build()));
        CommandRequested sent = commandSeen();
        assertThat(sent.operation()).isEqualTo("create_thread");
        assertThat(sent.arguments().get("prompt").asString()).isEqualTo("Top customers by revenue");
        assertThat(sent.arguments().get("expect").asString()).isEqualTo("name, total");
        assertThat(sent.arguments().get("timeout_seconds").asInt()).isEqualTo(300);
        String threadId = "t-" + UUID.randomUUID();
        publish(new CommandCompleted(UUID.randomUUID().toString(), sent.commandId(), sent.userKey(), sent.origin(),
                sent.operation(), EventCodec.toTree(Map.of("threadId", threadId, "status", "RUNNING",
                        "url", "https://hex.example/t/" + threadId)), 200, Instant.now()));

        Origin elsewhere = Origin.mcp("another-gateway", sent.commandId());
        publish(progressed(sent, elsewhere, threadId, 7));
        publish(progressed(sent, sent.origin(), threadId, 1));
        publish(progressed(sent, sent.origin(), threadId, 2));
        publish(finished(sent, elsewhere, threadId, ThreadOutcome.FAILED, null, "not for you"));
        publish(finished(sent, sent.origin(), threadId, ThreadOutcome.COMPLETED, EventCodec.toTree(Map.of(
                "status", "found", "value", Map.of("columns", List.of("name", "total"),
                        "rows", List.of(Map.of("name", "Alder Logistics", "total", 1200)), "rowCount", 1))), null));

        CallToolResult result = pending.join();
        assertThat(result.isError()).as(text(result)).isFalse();
        Map<?, ?> answer = (Map<?, ?>) result.structuredContent();
        assertThat(answer.get("status")).isEqualTo("found");
        assertThat(answer.get("thread_id")).isEqualTo(threadId);
        assertThat(answer.get("url")).isEqualTo("https://hex.example/t/" + threadId);
        assertThat(answer.get("polls")).isEqualTo(2);
        assertThat(((Map<?, ?>) answer.get("value")).get("rows").toString()).contains("Alder Logistics");
        assertThat(answer.get("messages")).isEqualTo(List.of("user: Top customers by revenue",
                "assistant: Here they are."));
        assertThat(text(result)).startsWith("Hex thread " + threadId + " answered with name, total (1 row).");
        assertThat(PROGRESS.stream().filter(p -> "ask-found".equals(p.progressToken()))
                .map(ProgressNotification::message).toList()).containsExactly(
                        "Asked Hex in thread " + threadId + "; waiting for the answer",
                        "Hex thread " + threadId + " is RUNNING (check 1)",
                        "Hex thread " + threadId + " is RUNNING (check 2)");
    }

    @Test
    void askHexAnswersTimeoutItselfWhenThreadPollerStaysSilent() {
        commands.clear();
        CompletableFuture<CallToolResult> pending = CompletableFuture.supplyAsync(() -> client.callTool(
                CallToolRequest.builder("ask_hex").arguments(Map.of("prompt", "Slow one", "timeout_seconds", 5))
                        .build()));
        CommandRequested sent = commandSeen();
        assertThat(sent.arguments().get("timeout_seconds").asInt()).isEqualTo(5);
        publish(new CommandCompleted(UUID.randomUUID().toString(), sent.commandId(), sent.userKey(), sent.origin(),
                sent.operation(), EventCodec.toTree(Map.of("threadId", "t-silent", "status", "RUNNING")), 200,
                Instant.now()));

        CallToolResult result = pending.join();
        Map<?, ?> answer = (Map<?, ?>) result.structuredContent();
        assertThat(result.isError()).isFalse();
        assertThat(answer.get("status")).isEqualTo("timeout");
        assertThat(answer.get("thread_id")).isEqualTo("t-silent");
        assertThat((String) answer.get("error")).contains("thread-poller");
        assertThat(text(result)).contains("get_thread (thread_id t-silent)");
    }

    @Test
    void askHexRefusesABadExpectationAndSendsNothing() {
        commands.clear();
        CallToolResult refused = client.callTool(CallToolRequest.builder("ask_hex")
                .arguments(Map.of("prompt", "Refused question", "expect", "/total: ([0-9]+/")).build());
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("'expect' is not a valid regular expression");

        CompletableFuture<CallToolResult> pending = CompletableFuture.supplyAsync(() -> client.callTool(
                CallToolRequest.builder("ask_hex").arguments(Map.of("prompt", "Accepted question")).build()));
        CommandRequested sent = commandSeen();
        assertThat(sent.arguments().get("prompt").asString()).isEqualTo("Accepted question");
        publish(new CommandFailed(UUID.randomUUID().toString(), sent.commandId(), sent.userKey(), sent.origin(),
                sent.operation(), FailureCode.AUTHORIZATION_REQUIRED, null, "Connect your Hex account first.", false,
                "http://localhost:8082/connect/start?attempt=xyz", Instant.now()));
        CallToolResult result = pending.join();
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("http://localhost:8082/connect/start?attempt=xyz")
                .contains("AUTHORIZATION_REQUIRED");
    }

    private static ThreadProgressed progressed(CommandRequested sent, Origin origin, String threadId, int poll) {
        return new ThreadProgressed(UUID.randomUUID().toString(), threadId, sent.commandId(), origin, "RUNNING", poll,
                5, Instant.now());
    }

    private static ThreadFinished finished(CommandRequested sent, Origin origin, String threadId,
            ThreadOutcome outcome, tools.jackson.databind.JsonNode extraction, String error) {
        return new ThreadFinished(UUID.randomUUID().toString(), threadId, sent.commandId(), sent.userKey(), origin,
                outcome, List.of("user: Top customers by revenue", "assistant: Here they are."),
                EventCodec.toTree(List.of(Map.of("columns", List.of("name", "total"),
                        "rows", List.of(List.of("Alder Logistics", 1200))))),
                "https://hex.example/t/" + threadId, extraction, error, Instant.now());
    }

    private static Map<String, Object> projectNamed(String title) {
        Map<String, Object> project = new java.util.HashMap<>();
        project.put("id", PROJECT);
        project.put("title", title);
        project.put("description", null);
        project.put("type", "PROJECT");
        project.put("creator", Map.of("email", "a@example.com"));
        project.put("owner", Map.of("email", "a@example.com"));
        project.put("status", null);
        project.put("categories", List.of());
        project.put("reviews", Map.of("required", false));
        project.put("analytics", Map.of("appViews", Map.of("allTime", 0, "lastSevenDays", 0, "lastFourteenDays", 0,
                "lastThirtyDays", 0)));
        project.put("lastEditedAt", "2026-11-01T10:00:00.000Z");
        project.put("lastPublishedAt", null);
        project.put("createdAt", "2026-10-01T10:00:00.000Z");
        project.put("archivedAt", null);
        project.put("trashedAt", null);
        project.put("schedules", List.of());
        return project;
    }

    private static CallToolResult call(Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder("get_hex_project").arguments(arguments).build());
    }

    private static CommandRequested commandSeen() {
        ConsumerRecord<String, String> record = commands.awaitRecord(r -> true, Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> bytes = new ConsumerRecord<>(record.topic(), record.partition(),
                record.offset(), record.key(), record.value().getBytes(StandardCharsets.UTF_8));
        record.headers().forEach(h -> bytes.headers().add(h));
        return (CommandRequested) EventRecords.fromRecord(bytes);
    }

    private static void publish(dev.hexgate.contracts.events.HexgateEvent event) {
        producer.send(EventRecords.toRecord(event, "test"));
        producer.flush();
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }
}
