package dev.hexgate.vault;

import dev.hexgate.testkit.emulator.SharedEmulator;
import dev.hexgate.testkit.kafka.SharedKafka;
import dev.hexgate.testkit.postgres.Postgres;
import dev.hexgate.testkit.postgres.SharedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * token-vault started for a test the way infra/local starts it ({@code application()}, own config file), on a free
 * port, a database of its own on the shared PostgreSQL, and the shared Hex emulator as Hex. Talked to over real
 * HTTP. The test's settings go in as the first property source, as infra/local's do.
 */
public final class TestVault implements AutoCloseable {

    public static final String SERVICE = "hex-api-service";
    public static final String SERVICE_TOKEN = "svc_" + UUID.randomUUID();
    public static final String ADMIN_TOKEN = "hxa_" + UUID.randomUUID();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final String database;
    private final JdbcClient db;

    private TestVault(ConfigurableApplicationContext context, String database, JdbcClient db) {
        this.context = context;
        this.baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.database = database;
        this.db = db;
    }

    /** A 32-byte key, base64: one entry's value in HEXGATE_ENCRYPTION_KEYS. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The settings every test vault gets; {@code overrides} win. */
    public static Map<String, Object> defaults(String database) {
        Postgres postgres = SharedPostgres.get();
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", 0);
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.datasource.url", database);
        settings.put("spring.datasource.username", postgres.username());
        settings.put("spring.datasource.password", postgres.password());
        settings.put("hexgate.token-vault.encryption.keys", "k1:" + newKey());
        settings.put("hexgate.token-vault.encryption.active-key", "k1");
        // the scheduled sweep stays out of the way unless a test asks for it
        settings.put("hexgate.token-vault.encryption.sweep-interval", "1h");
        settings.put("hexgate.token-vault.access.service-tokens", SERVICE + ":" + SERVICE_TOKEN
                + ",thread-poller:svc_other_" + UUID.randomUUID());
        settings.put("hexgate.token-vault.access.admin-token", ADMIN_TOKEN);
        settings.put("hexgate.token-vault.hex-api.url", SharedEmulator.get().baseUrl());
        settings.put("hexgate.token-vault.oauth.mcp-url", SharedEmulator.get().baseUrl() + "/mcp");
        settings.put("spring.kafka.bootstrap-servers", SharedKafka.get().bootstrapServers());
        settings.put("hexgate.token-vault.outbox.poll-interval", "200ms");
        return settings;
    }

    /** On a new database. */
    public static TestVault start(Map<String, Object> overrides) {
        return start(SharedPostgres.get().createDatabase(), overrides);
    }

    /** On an existing database (e.g. to restart with another key ring). */
    public static TestVault start(String database, Map<String, Object> overrides) {
        Map<String, Object> settings = defaults(database);
        settings.putAll(overrides);
        ConfigurableApplicationContext context = TokenVaultApplication.application()
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("test-vault", settings)))
                .run();
        return new TestVault(context, database, JdbcClient.create(SharedPostgres.get().dataSource(database)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String database() {
        return database;
    }

    /** The vault's database, as its superuser: for checks on what is stored, outside the service. */
    public JdbcClient db() {
        return db;
    }

    public HttpResponse<String> get(String path, String bearer) {
        return send("GET", path, bearer, null, null);
    }

    public HttpResponse<String> delete(String path, String bearer) {
        return send("DELETE", path, bearer, null, null);
    }

    public HttpResponse<String> postJson(String path, String bearer, String json) {
        return send("POST", path, bearer, "application/json", json);
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send("POST", path, null, "application/x-www-form-urlencoded", form);
    }

    /** Any request to this vault; {@code bearer} null for none. */
    public HttpResponse<String> send(String method, String path, String bearer, String contentType, String body) {
        return sendTo(URI.create(path.startsWith("http") ? path : baseUrl + path), method,
                bearer == null ? null : "Bearer " + bearer, contentType, body);
    }

    /** A GET with this {@code Authorization} header as it is. */
    public HttpResponse<String> getWithAuthorization(String path, String authorization) {
        return sendTo(URI.create(baseUrl + path), "GET", authorization, null, null);
    }

    public static HttpResponse<String> sendTo(URI uri, String method, String authorization, String contentType,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    @Override
    public void close() {
        context.close();
    }
}
