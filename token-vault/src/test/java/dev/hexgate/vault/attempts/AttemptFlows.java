package dev.hexgate.vault.attempts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.kafka.EventHeaders;
import dev.hexgate.contracts.kafka.EventRecords;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.vault.TestVault;
import dev.hexgate.testkit.emulator.HeadlessBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/**
 * A token-vault whose OAuth redirect URI is its own callback (a port chosen before it starts), and the steps a user
 * goes through: a service starts an attempt, the user opens the start URL, consents at the emulator, and the
 * browser comes back to the callback.
 */
public final class AttemptFlows {

    public static final String PRIYA = "priya.natarajan@fernbrook.example";
    public static final String MAYA = "maya.okafor@fernbrook.example";

    public final TestVault vault;
    public final HeadlessBrowser browser = new HeadlessBrowser();
    public final URI mcpUrl = URI.create(SharedEmulator.get().baseUrl() + "/mcp");

    private AttemptFlows(TestVault vault) {
        this.vault = vault;
    }

    public static AttemptFlows start(Map<String, Object> overrides) {
        int port = freePort();
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", port);
        settings.put("hexgate.token-vault.oauth.redirect-uri", "http://localhost:" + port + "/oauth/callback/mcp/hex");
        settings.putAll(overrides);
        return new AttemptFlows(TestVault.start(settings));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String newUser() {
        return "slack:T1:U" + UUID.randomUUID().toString().substring(0, 12);
    }

    public static CommandRequested command(String userKey) {
        return new CommandRequested(UUID.randomUUID().toString(), "cmd-" + UUID.randomUUID(), userKey,
                Origin.slack("T1", "C1", "1700000000.000100", "1700000000.000200"), "ask_hex",
                EventCodec.toTree(Map.of("prompt", "How many orders last week?")), Instant.now(),
                Instant.now().plusSeconds(600));
    }

    /** {@code POST /internal/authorization-attempts}; answers the start URL. */
    public String attempt(String userKey, String provider, CommandRequested command) {
        String body = "{\"userKey\":\"" + userKey + "\",\"provider\":\"" + provider + "\""
                + (command == null ? "" : ",\"command\":" + new String(EventCodec.encode(command))) + "}";
        HttpResponse<String> created = vault.postJson("/internal/authorization-attempts", TestVault.SERVICE_TOKEN,
                body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = TestVault.json(created);
        assertThat(Instant.parse(json.get("expiresAt").asString())).isAfter(Instant.now());
        return json.get("startUrl").asString();
    }

    /** Opens a start URL like a browser that does not follow the redirect. */
    public HttpResponse<String> open(String url) {
        return vault.get(url, null);
    }

    /** Opens the start URL and answers where it redirects to (Hex's authorization URL). */
    public URI authorizationUrl(String startUrl) {
        HttpResponse<String> redirect = open(startUrl);
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow());
    }

    /** The whole flow for a user: attempt, start URL, consent as {@code email}, callback. */
    public HttpResponse<String> connect(String userKey, CommandRequested command, String email) {
        URI callback = browser.approveAs(authorizationUrl(attempt(userKey, "hex-mcp", command)), email);
        HttpResponse<String> page = vault.get(callback.toString(), null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page;
    }

    public static boolean isEvent(ConsumerRecord<String, String> record, String ceType, String userKey) {
        return userKey.equals(record.key()) && ceType.equals(EventRecords.header(record.headers(), EventHeaders.CE_TYPE));
    }
}
