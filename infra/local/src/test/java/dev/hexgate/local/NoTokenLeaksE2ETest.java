package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The issue's secrecy check: after a user connects both kinds of Hex account through the real pages (Hex sign-in
 * with the emulator's consent page; a pasted personal token), uses them and disconnects one, none of the token
 * values the emulator ever issued or seeded appears in a row of the {@code vault} or {@code hexapi} schema, in any
 * record of any hexgate Kafka topic (read from the beginning, so every earlier test's traffic too), or in a log
 * line written meanwhile.
 */
class NoTokenLeaksE2ETest {

    private static final String USER_EMAIL = "maya.okafor@fernbrook.example";

    private final RunningStack stack = SharedStack.get();

    @Test
    void noIssuedTokenIsInTheDatabaseOnKafkaOrInTheLogs() throws Exception {
        try (CapturedLogs logs = CapturedLogs.capture()) {
            McpSyncClient client = McpTestClients.connect(stack.baseUrlOf(Service.GATEWAY_MCP),
                    VaultAdmin.issueApiKey(stack, "e2e-leaks-" + UUID.randomUUID().toString().substring(0, 8)));
            try {
                client.initialize();
                Map<String, String> connectUrls = connectUrls(client);

                assertThat(HexMcpSignIn.follow(connectUrls.get("hex-mcp"), USER_EMAIL))
                        .containsIgnoringCase("close this tab");
                PersonalTokenForm.paste(connectUrls.get("hex-api"), PersonalTokenForm.personalTokenOf(USER_EMAIL));
                CallToolResult me = client.callTool(CallToolRequest.builder("get_hex_me").build());
                assertThat(me.isError()).isFalse();
                assertThat(connectUrls(client)).as("both connected: no links left").isEmpty();
                CallToolResult disconnected = client.callTool(CallToolRequest.builder("disconnect_hex_account")
                        .arguments(Map.of("provider", "hex-mcp")).build());
                assertThat(disconnected.isError()).isFalse();
                assertThat(((Map<?, ?>) disconnected.structuredContent()).get("revokedAtHex")).isEqualTo(true);
            } finally {
                client.closeGracefully();
            }

            List<String> tokens = issuedTokens();
            assertThat(tokens()).as("the OAuth tokens issued to hexgate for the user")
                    .anySatisfy(t -> assertThat(t.path("kind").asString()).isEqualTo("oauth-access"))
                    .anySatisfy(t -> assertThat(t.path("kind").asString()).isEqualTo("oauth-refresh"));
            String database = databaseRows();
            String kafka = kafkaRecords();
            assertThat(database).contains("hex-mcp", "hex-api");
            assertThat(kafka).contains("dev.hexgate.auth.granted.v1", "credential.disconnected");
            assertThat(logs.size()).as("log lines captured while the services worked").isPositive();
            for (String token : tokens) {
                assertThat(database).as("vault and hexapi rows").doesNotContain(token);
                assertThat(kafka).as("hexgate Kafka topics").doesNotContain(token);
                assertThat(logs.text()).as("log lines").doesNotContain(token);
            }
        }
    }

    // ---- the user's side --------------------------------------------------------------------------------------

    /** hex_connection_status: provider → connect link, for each account not connected. */
    private static Map<String, String> connectUrls(McpSyncClient client) {
        CallToolResult status = client.callTool(CallToolRequest.builder("hex_connection_status").build());
        assertThat(status.isError()).isFalse();
        Map<String, String> urls = new HashMap<>();
        for (Object account : (List<?>) ((Map<?, ?>) status.structuredContent()).get("accounts")) {
            Map<?, ?> fields = (Map<?, ?>) account;
            if (Boolean.FALSE.equals(fields.get("connected"))) {
                urls.put((String) fields.get("provider"), (String) fields.get("connectUrl"));
            }
        }
        return urls;
    }

    // ---- where a token must not be ----------------------------------------------------------------------------

    /** Every token the emulator knows: seeded workspace and personal tokens, and every OAuth token it issued. */
    private List<String> issuedTokens() {
        List<String> tokens = new ArrayList<>();
        for (JsonNode token : tokens()) {
            tokens.add(token.path("token").asString());
        }
        return tokens;
    }

    private JsonNode tokens() {
        return EventCodec.mapper().readTree(new EmulatorHttp(stack.hexApiUrl())
                .control("GET", "/_emulator/tokens", null)).get("tokens");
    }

    /** Every row of every table in the vault and hexapi schemas, as JSON text. */
    private String databaseRows() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection db = DriverManager.getConnection(stack.databaseUrl());
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_schema || '.' || table_name FROM "
                    + "information_schema.tables WHERE table_schema IN ('vault', 'hexapi')")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            assertThat(tables).contains("vault.credential", "vault.credential_secret", "hexapi.command_ledger");
            for (String table : tables) {
                try (ResultSet all = statement.executeQuery("SELECT row_to_json(t)::text FROM " + table + " t")) {
                    while (all.next()) {
                        rows.append(all.getString(1)).append('\n');
                    }
                }
            }
        }
        return rows.toString();
    }

    /** Keys, values and headers of every record on every hexgate topic, from the beginning. */
    private String kafkaRecords() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        StringBuilder all = new StringBuilder();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics().forEach((topic, infos) -> {
                if (topic.startsWith("hexgate.")) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime()).as("reading every topic to its end").isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    all.append(record.topic()).append(' ').append(text(record.key())).append(' ')
                            .append(text(record.value()));
                    record.headers().forEach(h -> all.append(' ').append(h.key()).append('=').append(text(h.value())));
                    all.append('\n');
                }
            }
        }
        return all.toString();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
