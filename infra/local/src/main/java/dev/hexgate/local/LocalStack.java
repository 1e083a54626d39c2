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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system in one process: Kafka, PostgreSQL and the Hex emulator (each unless an external one is given),
 * then the six services. Used by the launcher and by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

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

        // hex-api-service keeps its command ledger in schema hexapi; DATABASE_USERNAME / DATABASE_PASSWORD (read
        // by the service itself) go with an external DATABASE_URL, the embedded server's URL names its user.
        ports.put(Service.HEX_API_SERVICE, startService(Service.HEX_API_SERVICE, HexApiServiceApplication.application(),
                settings, with(common, Map.of("hexgate.hex-api.url", hexApiUrl,
                        "hexgate.hex-api.workspace-token", hexApiToken == null ? "" : hexApiToken,
                        // the local stack lets users without a token of their own act with the workspace token, so
                        // that the REST tools work at once (HEXGATE_HEX_API_ALLOW_WORKSPACE_TOKEN in production)
                        "hexgate.hex-api.allow-workspace-token", true,
                        "hexgate.secrets.private-key", privateKey,
                        "spring.datasource.url", databaseUrl))));
        ports.put(Service.GATEWAY_MCP, startService(Service.GATEWAY_MCP, GatewayMcpApplication.application(),
                settings, with(common, Map.of("hexgate.gateway.api-keys",
                        settings.apiKeyOwner() + ":" + settings.apiKey(), "hexgate.secrets.public-key", publicKey))));
        ports.put(Service.SLACK_INGRESS, startService(Service.SLACK_INGRESS, SlackIngressApplication.application(),
                settings, common));
        ports.put(Service.TOKEN_VAULT, startService(Service.TOKEN_VAULT, TokenVaultApplication.application(),
                settings, common));
        ports.put(Service.AUDIT_LOG, startService(Service.AUDIT_LOG, AuditLogApplication.application(),
                settings, common));
        ports.put(Service.THREAD_POLLER, startService(Service.THREAD_POLLER, ThreadPollerApplication.application(),
                settings, common));

        running = new RunningStack(bootstrap, databaseUrl, hexApiUrl, hexMcpUrl, Map.copyOf(ports), settings.apiKey(),
                settings.adminToken());
        return running;
    }

    private int startService(Service service, SpringApplicationBuilder application, LocalStackSettings settings,
            Map<String, Object> overrides) {
        Map<String, Object> decided = with(overrides, Map.of("server.port", settings.portOf(service)));
        ConfigurableApplicationContext context = contexts.start(service.id(), application,
                with(decided, settings.propertiesOf(service)));
        return ServiceContexts.portOf(context);
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
