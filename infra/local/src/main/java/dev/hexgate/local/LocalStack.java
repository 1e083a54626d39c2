package dev.hexgate.local;

import dev.hexgate.audit.AuditLogApplication;
import dev.hexgate.contracts.secrets.SealingKeys;
import dev.hexgate.emulator.HexEmulatorApplication;
import dev.hexgate.gateway.GatewayMcpApplication;
import dev.hexgate.hexapi.HexApiServiceApplication;
import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.poller.ThreadPollerApplication;
import dev.hexgate.slack.SlackIngressApplication;
import dev.hexgate.vault.TokenVaultApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system in one process: Kafka, PostgreSQL and the Hex emulator (each unless an external one is given),
 * then the six services. Used by the launcher and by the end-to-end tests. The gateway authenticates API keys
 * through token-vault; the stack's own API key is token-vault's bootstrap key.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter LOCAL_KEY_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ServiceContexts contexts = new ServiceContexts();
    private EmbeddedKafkaServer kafka;
    private EmbeddedPostgresServer postgres;
    private RunningStack running;

    public RunningStack start(LocalStackSettings settings) {
        try {
            return startAll(settings);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private RunningStack startAll(LocalStackSettings settings) {
        String bootstrap = settings.kafkaBootstrapServers();
        if (settings.embeddedKafka()) {
            kafka = EmbeddedKafkaServer.start();
            bootstrap = kafka.bootstrapServers();
            log.info("embedded Kafka at {}", bootstrap);
        }
        String databaseUrl = settings.databaseUrl();
        if (settings.embeddedPostgres()) {
            postgres = EmbeddedPostgresServer.start(settings.postgresPort());
            databaseUrl = postgres.jdbcUrl();
            log.info("embedded PostgreSQL at {}", databaseUrl);
        }
        String hexApiUrl = settings.hexApiUrl();
        String hexApiToken = settings.hexApiToken();
        if (settings.embeddedEmulator()) {
            ConfigurableApplicationContext emulator = contexts.start("hex-emulator", HexEmulatorApplication.application(),
                    Map.of("server.port", settings.emulatorPort(), "hexgate.emulator.control-plane-enabled", true));
            hexApiUrl = "http://localhost:" + ServiceContexts.portOf(emulator);
            if (hexApiToken == null || hexApiToken.isBlank()) {
                hexApiToken = workspaceTokenOf(hexApiUrl);
            }
        }
        String hexMcpUrl = hexApiUrl.replaceAll("/+$", "").replaceAll("/api(/v1)?$", "") + "/mcp";

        Map<String, Object> common = new HashMap<>();
        common.put("spring.kafka.bootstrap-servers", bootstrap);
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        // Secrets in commands (data-connection credentials) are sealed by the gateway for hex-api-service. Unless
        // both keys are configured (HEXGATE_SECRETS_PUBLIC_KEY / _PRIVATE_KEY), this run gets a key pair of its own.
        String privateKey = System.getenv("HEXGATE_SECRETS_PRIVATE_KEY");
        String publicKey = System.getenv("HEXGATE_SECRETS_PUBLIC_KEY");
        if (privateKey == null || privateKey.isBlank() || publicKey == null || publicKey.isBlank()) {
            KeyPair sealing = SealingKeys.generate();
            privateKey = SealingKeys.encode(sealing.getPrivate());
            publicKey = SealingKeys.encode(sealing.getPublic());
        }

        // token-vault keeps credentials, connect links and gateway API keys in schema vault, hex-api-service its
        // command ledger in schema hexapi; DATABASE_USERNAME / DATABASE_PASSWORD (read by the services themselves) go
        // with an external DATABASE_URL, the embedded server's URL names its user. token-vault starts before the
        // gateway, which checks API keys there; the key this stack prints is handed to it as a bootstrap key, so it
        // is listed and revocable through the admin API like any key issued there. Each service that calls
        // token-vault gets a service token of its own for this run.
        Map<Service, String> serviceTokens = new EnumMap<>(Service.class);
        for (Service caller : List.of(Service.GATEWAY_MCP, Service.HEX_API_SERVICE, Service.THREAD_POLLER)) {
            serviceTokens.put(caller, "svc_" + randomToken());
        }
        Map<String, Object> vault = new HashMap<>(common);
        vault.put("spring.datasource.url", databaseUrl);
        vault.put("hexgate.token-vault.hex-api.url", hexApiUrl);
        vault.put("hexgate.token-vault.access.admin-token", settings.adminToken());
        vault.put("hexgate.token-vault.access.service-tokens", serviceTokens.entrySet().stream()
                .map(e -> e.getKey().id() + ":" + e.getValue()).collect(Collectors.joining(",")));
        vault.put("hexgate.token-vault.api-keys.bootstrap", settings.apiKeyOwner() + ":" + settings.apiKey());
        String encryptionKeys = System.getenv("HEXGATE_ENCRYPTION_KEYS");
        if (encryptionKeys == null || encryptionKeys.isBlank()) {
            // A key ring for this run only. The id says so: secrets stored in an external database under it do not
            // decrypt after a restart, and the error then names "local-<start time>".
            String keyId = "local-" + LOCAL_KEY_ID.format(Instant.now());
            vault.put("hexgate.token-vault.encryption.keys", keyId + ":" + randomKey());
            vault.put("hexgate.token-vault.encryption.active-key", keyId);
            if (!settings.embeddedPostgres()) {
                log.warn("HEXGATE_ENCRYPTION_KEYS is not set: token-vault encrypts with a key for this run only ({});"
                        + " credentials it stores in {} will not decrypt after a restart", keyId, databaseUrl);
            }
        }
        // Users' browsers come back from Hex's consent page to token-vault's OAuth callback, so the redirect URI it
        // registers must name its real port: when the port is left to the system (0, in tests), one is chosen here,
        // before it starts. Authorization attempts discover Hex MCP from the emulator's (or HEX_API_URL's) /mcp, and
        // the outbox publishes on this stack's Kafka (in common).
        int vaultPort = settings.portOf(Service.TOKEN_VAULT) == 0 ? freePort() : settings.portOf(Service.TOKEN_VAULT);
        vault.put("hexgate.token-vault.oauth.mcp-url", hexMcpUrl);
        String redirectUri = System.getenv("TOKEN_VAULT_OAUTH_REDIRECT_URI");
        if (redirectUri == null || redirectUri.isBlank()) {
            vault.put("hexgate.token-vault.oauth.redirect-uri",
                    "http://localhost:" + vaultPort + "/oauth/callback/mcp/hex");
        }
        ports.put(Service.TOKEN_VAULT, startService(Service.TOKEN_VAULT, TokenVaultApplication.application(),
                settings, vault, vaultPort));
        String tokenVaultUrl = "http://localhost:" + ports.get(Service.TOKEN_VAULT);

        ports.put(Service.HEX_API_SERVICE, startService(Service.HEX_API_SERVICE, HexApiServiceApplication.application(),
                settings, with(common, Map.of("hexgate.hex-api.url", hexApiUrl,
                        // the thread tools call Hex's MCP server with each user's own OAuth token
                        "hexgate.hex-api.mcp.url", hexMcpUrl,
                        "hexgate.hex-api.workspace-token", hexApiToken == null ? "" : hexApiToken,
                        // the local stack lets users without a token of their own act with the workspace token, so
                        // that the REST tools work at once (HEXGATE_HEX_API_ALLOW_WORKSPACE_TOKEN in production)
                        "hexgate.hex-api.allow-workspace-token", true,
                        "hexgate.secrets.private-key", privateKey,
                        "spring.datasource.url", databaseUrl,
                        // read once hex-api-service fetches users' credentials from token-vault
                        "hexgate.hex-api.token-vault.url", tokenVaultUrl,
                        "hexgate.hex-api.token-vault.service-token", serviceTokens.get(Service.HEX_API_SERVICE)))));
        ports.put(Service.GATEWAY_MCP, startService(Service.GATEWAY_MCP, GatewayMcpApplication.application(),
                settings, with(common, Map.of("hexgate.gateway.token-vault.url", tokenVaultUrl,
                        "hexgate.gateway.token-vault.service-token", serviceTokens.get(Service.GATEWAY_MCP),
                        "hexgate.secrets.public-key", publicKey))));
        ports.put(Service.SLACK_INGRESS, startService(Service.SLACK_INGRESS, SlackIngressApplication.application(),
                settings, common));
        ports.put(Service.AUDIT_LOG, startService(Service.AUDIT_LOG, AuditLogApplication.application(),
                settings, common));
        ports.put(Service.THREAD_POLLER, startService(Service.THREAD_POLLER, ThreadPollerApplication.application(),
                settings, with(common, Map.of(
                        // per-thread poll state, schema poller
                        "spring.datasource.url", databaseUrl,
                        "hexgate.thread-poller.hex-mcp.url", hexMcpUrl,
                        "hexgate.thread-poller.token-vault.url", tokenVaultUrl,
                        "hexgate.thread-poller.token-vault.service-token",
                        serviceTokens.get(Service.THREAD_POLLER)))));

        running = new RunningStack(bootstrap, databaseUrl, hexApiUrl, hexMcpUrl, Map.copyOf(ports), settings.apiKey(),
                settings.adminToken());
        return running;
    }

    private int startService(Service service, SpringApplicationBuilder application, LocalStackSettings settings,
            Map<String, Object> overrides) {
        return startService(service, application, settings, overrides, settings.portOf(service));
    }

    private int startService(Service service, SpringApplicationBuilder application, LocalStackSettings settings,
            Map<String, Object> overrides, int port) {
        Map<String, Object> decided = with(overrides, Map.of("server.port", port));
        ConfigurableApplicationContext context = contexts.start(service.id(), application,
                with(decided, settings.propertiesOf(service)));
        return ServiceContexts.portOf(context);
    }

    /** A port nobody listens on right now (the system's choice). */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free port for token-vault", e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 32 random bytes, base64: an AES-256 key for token-vault's key ring. */
    private static String randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        Map<String, Object> merged = new HashMap<>(base);
        merged.putAll(more);
        return merged;
    }

    /** Asks the emulator's control plane for its workspace token, as any other client would. */
    private static String workspaceTokenOf(String emulatorUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulatorUrl + "/_emulator/tokens"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode token : JsonMapper.shared().readTree(body).path("tokens")) {
                if ("workspace".equals(token.path("kind").asString())) {
                    return token.path("token").asString();
                }
            }
            throw new IllegalStateException("the emulator lists no workspace token");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the emulator's tokens", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public RunningStack running() {
        return running;
    }

    @Override
    public void close() {
        contexts.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
            postgres = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
