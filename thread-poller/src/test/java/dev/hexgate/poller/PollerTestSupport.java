package dev.hexgate.poller;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.testkit.kafka.SharedKafka;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
