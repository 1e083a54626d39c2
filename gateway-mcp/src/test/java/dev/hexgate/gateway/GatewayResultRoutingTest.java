package dev.hexgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.Origin;
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
 * answers on the results topic. That is the contract between the two services, exercised from the gateway's side.
 */
class GatewayResultRoutingTest {

    private static final String API_KEY = "hxg_routing_" + UUID.randomUUID();
    private static final String PROJECT = "5a8591dd-4039-49df-9202-96385ba3eff8";

    private static ConfigurableApplicationContext gateway;
    private static McpSyncClient client;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaProbe commands;

    @BeforeAll
    static void start() {
        String kafka = SharedKafka.get().bootstrapServers();
        gateway = GatewayMcpApplication.application().run("--server.port=0", "--spring.kafka.bootstrap-servers=" + kafka,
                "--hexgate.gateway.instance-id=gw-under-test", "--hexgate.gateway.api-keys=router:" + API_KEY,
                "--hexgate.gateway.command-timeout=4s");
        commands = KafkaProbe.listen(kafka, Topics.COMMANDS);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port).endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + API_KEY)).build())
                .clientInfo(McpSchema.Implementation.builder("routing-test", "1").build())
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
