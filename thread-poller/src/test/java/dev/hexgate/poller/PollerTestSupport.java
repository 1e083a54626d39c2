package dev.hexgate.poller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadFinished.ThreadOutcome;
import dev.hexgate.contracts.events.ThreadStarted;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.poller.hex.AccessTokens;
import dev.hexgate.poller.hex.HexMcpProperties;
import dev.hexgate.poller.hex.McpThreadReader;
import dev.hexgate.poller.hex.ThreadReader;
import dev.hexgate.poller.polling.PollObserver;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.kafka.KafkaProbe;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** Shared steps of the poller's black-box tests. */
public final class PollerTestSupport {

    /** The tiers the tests run with: short, so threads finish in seconds. */
    public static final List<String> TIERS = List.of("1s", "2s", "5s", "20s");

    private PollerTestSupport() {
    }

    public static List<String> pollerTopics() {
        List<String> topics = new ArrayList<>();
        topics.add(Topics.THREADS);
        TIERS.forEach(t -> topics.add(Topics.threadPolls(Duration.parse("PT" + t.toUpperCase()))));
        return topics;
    }

    /**
     * Commits {@code group}'s offsets at the current end of the poller's topics, so a poller in that group acts only
     * on what its test sends, not on threads other test classes left on the shared broker.
     */
    public static void startGroupAtTheEnd(String group) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            // waits until the broker serves them (KRaft applies new metadata a moment after creation)
            SharedKafka.get().createTopics(pollerTopics().toArray(String[]::new));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            endOffsets(admin).forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        }
    }

    /** True when {@code group} has committed every record on the poller's topics: no poll is pending anywhere. */
    public static boolean drained(String group) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return endOffsets(admin).entrySet().stream().allMatch(e -> {
                OffsetAndMetadata offset = committed.get(e.getKey());
                return e.getValue() == 0 || offset != null && offset.offset() >= e.getValue();
            });
        }
    }

    /**
     * Who owns what in {@code group} right now: each member's client id (the engine's is
     * {@code thread-poller-engine-<instance id>}) and the partitions assigned to it.
     */
    public static Map<String, Set<TopicPartition>> owners(String group)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get();
            Map<String, Set<TopicPartition>> owners = new HashMap<>();
            for (MemberDescription member : description.members()) {
                owners.computeIfAbsent(member.clientId(), id -> new HashSet<>())
                        .addAll(member.assignment().topicPartitions());
            }
            return owners;
        }
    }

    /** Every partition of the poller's topics. */
    public static Set<TopicPartition> pollerPartitions() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            return endOffsets(admin).keySet();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(pollerTopics()).allTopicNames().get().forEach((name, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** Creates a thread in the emulator through its MCP server, as the token's user; answers its id. */
    public static String createThread(String accessToken, String prompt) {
        URI mcp = URI.create(EmulatorTokens.mcpUrl());
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder(mcp.getScheme() + "://" + mcp.getRawAuthority())
                        .endpoint(mcp.getRawPath())
                        .httpRequestCustomizer((request, method, endpoint, body, context) ->
                                request.header("Authorization", "Bearer " + accessToken))
                        .build())
                .clientInfo(McpSchema.Implementation.builder("thread-poller-test", "1").build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        try {
            client.initialize();
            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder()
                    .name("create_thread").arguments(Map.of("prompt", prompt)).build());
            return EventCodec.toTree(result.structuredContent()).get("threadId").asString();
        } finally {
            client.closeGracefully();
        }
    }

    /**
     * The settings every test poller runs with: the shared broker, {@code database} on the shared PostgreSQL server,
     * consumer group {@code group} and the short {@link #TIERS}. Callers add their own.
     */
    public static List<String> pollerArguments(String database, String group) {
        Postgres postgres = SharedPostgres.get();
        return List.of("--spring.kafka.bootstrap-servers=" + SharedKafka.get().bootstrapServers(),
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--hexgate.thread-poller.consumer-group=" + group,
                "--hexgate.thread-poller.tiers=" + String.join(",", TIERS));
    }

    /** The application in this JVM, reading threads with {@code reader} and telling {@code observer} each poll. */
    public static ConfigurableApplicationContext startPoller(ThreadReader reader, PollObserver observer,
            List<String> arguments) {
        return ThreadPollerApplication.application()
                .initializers(context -> {
                    ((GenericApplicationContext) context).registerBean(ThreadReader.class, () -> reader);
                    ((GenericApplicationContext) context).registerBean(PollObserver.class, () -> observer);
                })
                .run(arguments.toArray(String[]::new));
    }

    /** The production reader on the MCP server at {@code mcpUrl}, with the test's tokens (there is no vault). */
    public static McpThreadReader mcpReader(String mcpUrl, AccessTokens tokens) {
        return new McpThreadReader(new HexMcpProperties(URI.create(mcpUrl), Duration.ofSeconds(20),
                Duration.ofMinutes(10)), tokens);
    }

    /** The shared emulator's thread timing now, to hand back to {@link #setEmulatorTiming} when a test is done. */
    public static String emulatorTiming() {
        return EmulatorHttp.shared().control("GET", "/_emulator/timing", null);
    }

    /** Changes the fields of the shared emulator's thread timing that {@code json} names. */
    public static void setEmulatorTiming(String json) {
        EmulatorHttp.shared().control("PUT", "/_emulator/timing", json);
    }

    /** Sends (unflushed) the {@code ThreadStarted} hex-api-service would send for {@code threadId}. */
    public static void sendStarted(KafkaProducer<String, byte[]> producer, String threadId, String userKey,
            String expect, Instant deadline) {
        String commandId = UUID.randomUUID().toString();
        producer.send(EventRecords.toRecord(new ThreadStarted(UUID.randomUUID().toString(), threadId, commandId,
                userKey, Origin.mcp("gw-test", commandId), null, expect, Instant.now(), deadline), "test"));
    }

    /** The events of type {@code type} on {@code hexgate.threads} for {@code threadId} that {@code probe} saw. */
    public static <T extends HexgateEvent> List<T> events(KafkaProbe probe, String threadId, Class<T> type) {
        return probe.records().stream()
                .filter(r -> threadId.equals(r.key()))
                .map(PollerTestSupport::decode)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** Each of {@code threads} finished exactly once, COMPLETED, with the customers count found. */
    public static void assertFinishedOnceCompleted(KafkaProbe probe, List<String> threads) {
        for (String threadId : threads) {
            List<ThreadFinished> finished = events(probe, threadId, ThreadFinished.class);
            assertThat(finished).as("ThreadFinished for %s", threadId).hasSize(1);
            assertThat(finished.get(0).outcome()).isEqualTo(ThreadOutcome.COMPLETED);
            assertThat(finished.get(0).extraction().get("status").asString()).isEqualTo("found");
        }
    }

    /** A producer on the shared broker, for the events a test plays (ThreadStarted, as hex-api-service sends it). */
    public static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.get().bootstrapServers());
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public static HexgateEvent decode(ConsumerRecord<String, String> record) {
        return EventCodec.decode(EventRecords.header(record.headers(), EventHeaders.CE_TYPE),
                record.value().getBytes(StandardCharsets.UTF_8));
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.get().bootstrapServers()));
    }
}
