package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.gateway.GatewayMcpApplication;
import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.testkit.emulator.RequestOverlap;
import dev.hexgate.testkit.kafka.KafkaProbe;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateway instances on the same topics: the shared stack's gateway ("A") and a second gateway-mcp context
 * ("B", own instance id and port, same API key). Many calls at once, split over both, each must come back to
 * its own caller with its own answer, and each gateway may complete only the calls it holds, while it still reads
 * (and skips) the other's results. Also: calls wait for Hex without holding a thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoGatewaysE2ETest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RunningStack stack;
    private ConfigurableApplicationContext second;
    private String secondBaseUrl;
    private final List<McpSyncClient> clientsA = new ArrayList<>();
    private final List<McpSyncClient> clientsB = new ArrayList<>();
    private final ExecutorService callers = Executors.newFixedThreadPool(64);
    private KafkaProbe probe;

    @BeforeAll
    void startSecondGateway() {
        stack = SharedStack.get();
        String instanceId = "gw-e2e-second-" + UUID.randomUUID().toString().substring(0, 8);
        second = new ServiceContexts().start("gateway-mcp-second", GatewayMcpApplication.application(), Map.of(
                "server.port", 0,
                "spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers(),
                "hexgate.gateway.instance-id", instanceId,
                "hexgate.gateway.api-keys", "e2e-shared:" + stack.apiKey()));
        secondBaseUrl = "http://localhost:" + ServiceContexts.portOf(second);
        for (int i = 0; i < 4; i++) {
            clientsA.add(connect(stack.baseUrlOf(Service.GATEWAY_MCP)));
            clientsB.add(connect(secondBaseUrl));
        }
        probe = KafkaProbe.listen(stack.kafkaBootstrapServers(), Topics.COMMANDS);
    }

    @AfterAll
    void stopSecondGateway() {
        callers.shutdownNow();
        clientsA.forEach(McpSyncClient::closeGracefully);
        clientsB.forEach(McpSyncClient::closeGracefully);
        if (probe != null) {
            probe.close();
        }
        if (second != null) {
            // Closed now, while Kafka is still up (ServiceContexts gives it Netty resources of its own, so the shared
            // stack is untouched). Left to a shutdown hook it would race the stack's broker shutdown and wait out
            // its Kafka clients' close timeout.
            second.close();
        }
    }

    @Test
    void everyCallerGetsItsOwnResultFromEitherGatewayAndEachGatewayCompletesOnlyItsOwnCalls() throws Exception {
        List<Map<String, Object>> projects = values(structured(clientsA.get(0).callTool(
                CallToolRequest.builder("list_hex_projects").arguments(Map.of("limit", 100)).build())));
        assertThat(projects).hasSizeGreaterThanOrEqualTo(10);

        // 50 calls with distinct arguments: get_hex_project for each project (then some again with sharing),
        // list_hex_projects with every limit from 1 to 25. Even calls go to gateway A, odd calls to gateway B.
        List<Map<String, Object>> arguments = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Map<String, Object> get = new LinkedHashMap<>();
            get.put("project_id", projects.get(i % projects.size()).get("id"));
            get.put("include_sharing", i >= projects.size());
            arguments.add(get);
            arguments.add(Map.of("limit", i + 1));
        }
        Map<String, Long> countsA = counts(stack.baseUrlOf(Service.GATEWAY_MCP));
        Map<String, Long> countsB = counts(secondBaseUrl);
        String instanceA = instance(stack.baseUrlOf(Service.GATEWAY_MCP));
        String instanceB = instance(secondBaseUrl);
        assertThat(instanceA).isNotEqualTo(instanceB);
        probe.clear();

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<CallToolResult>> calls = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Map<String, Object> args = arguments.get(i);
            McpSyncClient client = (i % 2 == 0 ? clientsA : clientsB).get((i / 2) % clientsA.size());
            String tool = args.containsKey("limit") ? "list_hex_projects" : "get_hex_project";
            calls.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return client.callTool(CallToolRequest.builder(tool).arguments(args).build());
            }, callers));
        }
        go.countDown();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        for (int i = 0; i < arguments.size(); i++) {
            Map<String, Object> args = arguments.get(i);
            Map<String, Object> result = structured(calls.get(i).join());
            if (args.containsKey("limit")) {
                int limit = (Integer) args.get("limit");
                assertThat(ids(values(result))).as("list_hex_projects limit=%d", limit)
                        .containsExactlyElementsOf(ids(projects.subList(0, Math.min(limit, projects.size()))));
            } else {
                Map<String, Object> expected = projects.stream()
                        .filter(p -> p.get("id").equals(args.get("project_id"))).findFirst().orElseThrow();
                assertThat(result).as("get_hex_project %s", args)
                        .containsEntry("id", expected.get("id")).containsEntry("title", expected.get("title"));
                assertThat(result.containsKey("sharing")).as("sharing for %s", args)
                        .isEqualTo(args.get("include_sharing"));
            }
        }

        // Each command names the gateway that holds the call, and it is the one the call was sent to.
        Map<String, String> origins = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            origins.clear();
            for (ConsumerRecord<String, String> record : probe.records()) {
                CommandRequested command = (CommandRequested) EventRecords.fromRecord(asBytes(record));
                origins.put(command.operation() + command.arguments(), command.origin().mcp().gatewayInstanceId());
            }
            assertThat(origins).hasSize(arguments.size());
        });
        for (int i = 0; i < arguments.size(); i++) {
            Map<String, Object> args = arguments.get(i);
            String tool = args.containsKey("limit") ? "list_hex_projects" : "get_hex_project";
            assertThat(origins.get(tool + JSON.valueToTree(args)))
                    .as("origin of call %d %s", i, args).isEqualTo(i % 2 == 0 ? instanceA : instanceB);
        }

        // Both read every result; each completed exactly its own 25 calls and skipped the other's 25.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> afterA = counts(stack.baseUrlOf(Service.GATEWAY_MCP));
            Map<String, Long> afterB = counts(secondBaseUrl);
            assertThat(delta(afterA, countsA, "delivered")).as("A delivered").isEqualTo(25);
            assertThat(delta(afterB, countsB, "delivered")).as("B delivered").isEqualTo(25);
            assertThat(delta(afterA, countsA, "forOtherInstances")).as("A skipped B's").isGreaterThanOrEqualTo(25);
            assertThat(delta(afterB, countsB, "forOtherInstances")).as("B skipped A's").isGreaterThanOrEqualTo(25);
            assertThat(delta(afterA, countsA, "noWaitingCall")).as("A late").isZero();
            assertThat(delta(afterB, countsB, "noWaitingCall")).as("B late").isZero();
        });
    }

    /**
     * hex-api-service runs the commands of one partition at the same time and acknowledges each partition only up
     * to its lowest unfinished command; once everything is answered, its group has committed every command.
     */
    @Test
    void hexApiServiceCommitsEveryCommandOnceAllAreAnswered() throws Exception {
        List<CompletableFuture<CallToolResult>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            McpSyncClient client = (i % 2 == 0 ? clientsA : clientsB).get((i / 2) % clientsA.size());
            int limit = i + 1;
            calls.add(CompletableFuture.supplyAsync(() -> client.callTool(CallToolRequest.builder("list_hex_projects")
                    .arguments(Map.of("limit", limit)).build()), callers));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        calls.forEach(call -> structured(call.join()));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("hex-api-service")
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.COMMANDS))
                        .forEach(tp -> ends.put(tp, OffsetSpec.latest()));
                assertThat(ends).isNotEmpty();
                admin.listOffsets(ends).all().get().forEach((tp, end) -> assertThat(committed.get(tp).offset())
                        .as("committed offset of %s", tp).isEqualTo(end.offset()));
            });
        }
    }

    /**
     * No gateway thread waits for Hex. All Reactor Netty servers and clients in this JVM share one small pool of
     * event-loop threads (max(4, cores)); with Hex slowed to one second per call, the emulator's request log shows
     * far more of the 64 calls at Hex at the same moment than there are threads. A gateway (or hex-api-service)
     * that held a thread per waiting call could not have more calls out than threads.
     */
    @Test
    void sixtyFourCallsAtOnceWaitForASlowHexWithoutHoldingThreads() throws Exception {
        List<Map<String, Object>> projects = values(structured(clientsA.get(0).callTool(
                CallToolRequest.builder("list_hex_projects").arguments(Map.of("limit", 16)).build())));
        Duration hexDelay = Duration.ofSeconds(1);
        String fault = JSON.readTree(SharedStack.emulatorControl("POST", "/_emulator/faults",
                "{\"operationId\":\"GetProject\",\"delay\":\"" + hexDelay.toMillis() + "ms\",\"times\":64}"))
                .path("id").asString();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<CallToolResult>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                McpSyncClient client = (i % 2 == 0 ? clientsA : clientsB).get((i / 2) % clientsA.size());
                Object projectId = projects.get(i % projects.size()).get("id");
                calls.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(go);
                    return client.callTool(CallToolRequest.builder("get_hex_project")
                            .arguments(Map.of("project_id", projectId)).build());
                }, callers));
            }
            Instant since = Instant.now();
            long startedAt = System.nanoTime();
            go.countDown();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
            System.out.printf("64 concurrent calls, Hex delayed %d ms each: %d ms%n", hexDelay.toMillis(),
                    took.toMillis());

            for (int i = 0; i < calls.size(); i++) {
                assertThat(structured(calls.get(i).join()))
                        .containsEntry("id", projects.get(i % projects.size()).get("id"));
            }
            long eventLoops = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("reactor-http-")).count();
            int expectedLoops = Math.max(4, Runtime.getRuntime().availableProcessors());
            assertThat(eventLoops).as("Reactor Netty event-loop threads in this JVM").isLessThanOrEqualTo(expectedLoops);
            // Waiting with a thread per call, at most one call per event loop could be at Hex at a time.
            int atOnce = RequestOverlap.most(JSON.readTree(SharedStack.emulatorControl("GET",
                    "/_emulator/requests?operationId=GetProject&limit=1000&since=" + since, null)), request -> true);
            assertThat(atOnce).as("GetProject calls at Hex at the same moment").isGreaterThan(2 * expectedLoops);
        } finally {
            SharedStack.emulatorControl("DELETE", "/_emulator/faults/" + fault, null);
        }
    }

    private McpSyncClient connect(String baseUrl) {
        McpSyncClient client = McpTestClients.connect(baseUrl, stack.apiKey());
        client.initialize();
        return client;
    }

    private static void awaitQuietly(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode health(String baseUrl) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("components").path("commandResults").path("details");
    }

    private static Map<String, Long> counts(String baseUrl) throws Exception {
        JsonNode details = health(baseUrl);
        Map<String, Long> counts = new HashMap<>();
        for (String name : List.of("delivered", "forOtherInstances", "noWaitingCall")) {
            assertThat(details.has(name)).as("health detail %s at %s", name, baseUrl).isTrue();
            counts.put(name, details.path(name).asLong());
        }
        return counts;
    }

    private static String instance(String baseUrl) throws Exception {
        return health(baseUrl).path("instance").asString();
    }

    private static long delta(Map<String, Long> after, Map<String, Long> before, String name) {
        return after.get(name) - before.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("values");
    }

    private static List<Object> ids(List<Map<String, Object>> projects) {
        return projects.stream().map(p -> p.get("id")).collect(Collectors.toList());
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }

    private static ConsumerRecord<String, byte[]> asBytes(ConsumerRecord<String, String> record) {
        ConsumerRecord<String, byte[]> bytes = new ConsumerRecord<>(record.topic(), record.partition(),
                record.offset(), record.key(), record.value().getBytes(StandardCharsets.UTF_8));
        record.headers().forEach(h -> bytes.headers().add(h));
        return bytes;
    }
}
