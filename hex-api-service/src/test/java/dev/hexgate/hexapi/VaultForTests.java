package dev.hexgate.hexapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hexgate.testkit.emulator.HeadlessBrowser;
import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import dev.hexgate.vault.TokenVaultApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real token-vault for hex-api-service's tests, started in this JVM the way infra/local starts it
 * ({@code TokenVaultApplication.application()}), on a database of its own, with the shared emulator as Hex, and
 * its OAuth callback on its own port. {@link #connectHexMcp} is what a user does: a service asks for an
 * authorization attempt, the user opens the start URL, consents on the emulator's page, and the browser comes back
 * to the callback; the grant is then stored, encrypted, by token-vault, as in production.
 */
final class VaultForTests implements AutoCloseable {

    static final String SERVICE_TOKEN = "svc_" + UUID.randomUUID();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private VaultForTests(ConfigurableApplicationContext context, String baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
    }

    static VaultForTests start(String kafkaBootstrapServers) {
        Postgres postgres = SharedPostgres.get();
        String emulator = SharedEmulator.get().baseUrl();
        int port = freePort();
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", port);
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.datasource.url", postgres.createDatabase());
        settings.put("spring.datasource.username", postgres.username());
        settings.put("spring.datasource.password", postgres.password());
        settings.put("hexgate.token-vault.encryption.keys", "k1:" + newKey());
        settings.put("hexgate.token-vault.encryption.active-key", "k1");
        settings.put("hexgate.token-vault.access.service-tokens", "hex-api-service:" + SERVICE_TOKEN);
        settings.put("hexgate.token-vault.access.admin-token", "hxa_" + UUID.randomUUID());
        settings.put("hexgate.token-vault.hex-api.url", emulator);
        settings.put("hexgate.token-vault.oauth.mcp-url", emulator + "/mcp");
        settings.put("hexgate.token-vault.oauth.redirect-uri", "http://localhost:" + port + "/oauth/callback/mcp/hex");
        settings.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        settings.put("hexgate.token-vault.outbox.poll-interval", "200ms");
        ConfigurableApplicationContext context = TokenVaultApplication.application()
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("hex-api-test-vault", settings)))
                .run();
        return new VaultForTests(context, "http://localhost:" + port);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The whole sign-in of {@code userKey} to Hex MCP, consenting on the emulator's page as {@code email}. */
    void connectHexMcp(String userKey, String email) {
        HttpResponse<String> attempt = send("POST", baseUrl + "/internal/authorization-attempts", SERVICE_TOKEN,
                "{\"userKey\":\"" + userKey + "\",\"provider\":\"hex-mcp\"}");
        assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(201);
        openAndConsent(JsonMapper.shared().readTree(attempt.body()).get("startUrl").asString(), email);
    }

    /** A user opening a start URL: redirected to Hex, consents as {@code email}, lands on the callback. */
    void openAndConsent(String startUrl, String email) {
        HttpResponse<String> start = send("GET", startUrl, null, null);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        URI callback = new HeadlessBrowser().approveAs(
                URI.create(start.headers().firstValue("Location").orElseThrow()), email);
        HttpResponse<String> page = send("GET", callback.toString(), null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String url, String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
