package dev.hexgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.contracts.kafka.Topics;
import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.testkit.kafka.KafkaProbe;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flow C of the design, end to end, on a stack of its own where the workspace token is NOT allowed for users
 * (unlike {@code SharedStack}): a user with no Hex credential calls a REST tool and gets a tool error with a
 * one-time link; following it headlessly (the personal-token page, as a browser would) stores their token; the
 * parked command then runs by itself, under its own command id, and its result goes to its origin (the gateway
 * instance and call that asked); the next call acts as that user at once.
 */
class ParkedCommandE2ETest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/connect/\\S+?)(?=[\\s)\"]|\\.?$)");
    private static final String USER_EMAIL = "alex.brennan@fernbrook.example";

    private static LocalStack stack;
    private static RunningStack running;
    private static KafkaProbe probe;

    @BeforeAll
    static void start() {
        Map<Service, Integer> anyPorts = Arrays.stream(Service.values())
                .collect(Collectors.toMap(Function.identity(), s -> 0));
        stack = new LocalStack();
        running = stack.start(new LocalStackSettings(null, null, 0, null, null, 0, anyPorts, "e2e-parked",
                "hxg_e2e_" + UUID.randomUUID(), "hxa_e2e_" + UUID.randomUUID())
                .withServiceProperty(Service.HEX_API_SERVICE, "hexgate.hex-api.allow-workspace-token", false));
        probe = KafkaProbe.listen(running.kafkaBootstrapServers(), Topics.COMMAND_RESULTS, Topics.AUTH);
    }

    @AfterAll
    static void stop() {
        if (probe != null) {
            probe.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aCommandWithoutACredentialIsParkedAndRunsByItselfOnceTheUserConnects() throws Exception {
        String owner = "e2e-parked-" + UUID.randomUUID().toString().substring(0, 8);
        McpSyncClient client = McpTestClients.connect(running.baseUrlOf(Service.GATEWAY_MCP),
                VaultAdmin.issueApiKey(running, owner));
        try {
            client.initialize();

            CallToolResult refused = client.callTool(CallToolRequest.builder("get_hex_me").build());
            assertThat(refused.isError()).isTrue();
            String text = text(refused);
            assertThat(text).contains("AUTHORIZATION_REQUIRED");
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).as("a connect link in: %s", text).isTrue();
            String startUrl = link.group(1);
            assertThat(startUrl).startsWith(running.baseUrlOf(Service.TOKEN_VAULT));
            CommandFailed failed = (CommandFailed) decode(probe.awaitRecord(r -> r.topic().equals(
                    Topics.COMMAND_RESULTS) && decode(r) instanceof CommandFailed f
                    && f.userKey().equals("mcp:" + owner), Duration.ofSeconds(30)));
            assertThat(failed.code()).isEqualTo(FailureCode.AUTHORIZATION_REQUIRED);

            // the user opens the link and pastes their personal token
            String stored = PersonalTokenForm.paste(startUrl, PersonalTokenForm.personalTokenOf(USER_EMAIL));
            assertThat(stored).containsIgnoringCase("close this tab");

            AuthorizationGranted granted = (AuthorizationGranted) decode(probe.awaitRecord(
                    r -> r.topic().equals(Topics.AUTH) && decode(r) instanceof AuthorizationGranted g
                            && g.userKey().equals("mcp:" + owner), Duration.ofSeconds(30)));
            assertThat(granted.parkedCommand().commandId()).isEqualTo(failed.commandId());
            CommandCompleted completed = (CommandCompleted) decode(probe.awaitRecord(
                    r -> r.topic().equals(Topics.COMMAND_RESULTS) && failed.commandId().equals(r.key())
                            && decode(r) instanceof CommandCompleted, Duration.ofSeconds(60)));
            assertThat(completed.origin()).isEqualTo(failed.origin());
            assertThat(completed.result().get("email").asString()).isEqualTo(USER_EMAIL);

            CallToolResult me = client.callTool(CallToolRequest.builder("get_hex_me").build());
            assertThat(me.isError()).isFalse();
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = (Map<String, Object>) me.structuredContent();
            assertThat(structured).containsEntry("email", USER_EMAIL);
        } finally {
            client.closeGracefully();
        }
    }

    private static HexgateEvent decode(ConsumerRecord<String, String> record) {
        return EventCodec.decode(EventRecords.header(record.headers(), EventHeaders.CE_TYPE),
                record.value().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
