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
import dev.hexgate.testkit.emulator.EmulatorHttp;
import dev.hexgate.testkit.kafka.KafkaProbe;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import tools.jackson.databind.JsonNode;

/**
 * Flow C of the design, end to end, on a stack of its own where the workspace token is NOT allowed for users
 * (unlike {@code SharedStack}): a user with no Hex credential calls a REST tool and gets a tool error with a
 * one-time link; following it headlessly (the personal-token page, as a browser would) stores their token; the
 * parked command then runs by itself, under its own command id, and its result goes to its origin (the gateway
 * instance and call that asked); the next call acts as that user at once.
 */
class ParkedCommandE2ETest {

    private static final HttpClient BROWSER = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).build();
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
            String stored = pasteToken(startUrl, personalTokenOf(USER_EMAIL));
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

    /** What a browser does with the link: open it, fill in the form it leads to, submit; answers the last page. */
    private static String pasteToken(String startUrl, String token) throws Exception {
        HttpResponse<String> form = BROWSER.send(HttpRequest.newBuilder(URI.create(startUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]*)\"").matcher(form.body());
        assertThat(action.find()).as("a form in: %s", form.body()).isTrue();
        StringBuilder fields = new StringBuilder();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .matcher(form.body());
        while (hidden.find()) {
            fields.append(hidden.group(1)).append('=').append(URLEncoder.encode(unescape(hidden.group(2)),
                    StandardCharsets.UTF_8)).append('&');
        }
        fields.append("token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        URI target = form.uri().resolve(unescape(action.group(1)));
        HttpResponse<String> answer = BROWSER.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String personalTokenOf(String email) {
        JsonNode tokens = EventCodec.mapper().readTree(new EmulatorHttp(running.hexApiUrl())
                .control("GET", "/_emulator/tokens", null)).get("tokens");
        for (JsonNode token : tokens) {
            if ("personal".equals(token.path("kind").asString()) && email.equals(token.path("user").asString())) {
                return token.path("token").asString();
            }
        }
        throw new IllegalStateException("the emulator has no personal token for " + email);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static HexgateEvent decode(ConsumerRecord<String, String> record) {
        return EventCodec.decode(EventRecords.header(record.headers(), EventHeaders.CE_TYPE),
                record.value().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
