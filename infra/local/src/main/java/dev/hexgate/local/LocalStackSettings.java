package dev.hexgate.local;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What the local stack starts and where. A null {@code kafkaBootstrapServers}, {@code databaseUrl} or
 * {@code hexApiUrl} means "start an embedded one"; a port of 0 means "any free port". The embedded Kafka broker
 * always takes a free port; its address is in {@link RunningStack} and {@code .hexgate/env}.
 * {@code serviceProperties} are extra settings per service (e.g. for tests), applied on top of what the stack
 * decides for it.
 */
public record LocalStackSettings(
        String kafkaBootstrapServers,
        String databaseUrl,
        int postgresPort,
        String hexApiUrl,
        String hexApiToken,
        int emulatorPort,
        Map<Service, Integer> servicePorts,
        String apiKeyOwner,
        String apiKey,
        String adminToken,
        Map<Service, Map<String, Object>> serviceProperties) {

    public LocalStackSettings {
        serviceProperties = serviceProperties == null ? Map.of() : Map.copyOf(serviceProperties);
    }

    /** Without extra per-service settings. */
    public LocalStackSettings(String kafkaBootstrapServers, String databaseUrl, int postgresPort, String hexApiUrl,
            String hexApiToken, int emulatorPort, Map<Service, Integer> servicePorts, String apiKeyOwner, String apiKey,
            String adminToken) {
        this(kafkaBootstrapServers, databaseUrl, postgresPort, hexApiUrl, hexApiToken, emulatorPort, servicePorts,
                apiKeyOwner, apiKey, adminToken, Map.of());
    }

    /** These settings plus {@code property = value} for {@code service}. */
    public LocalStackSettings withServiceProperty(Service service, String property, Object value) {
        Map<Service, Map<String, Object>> all = new EnumMap<>(Service.class);
        all.putAll(serviceProperties);
        Map<String, Object> own = new HashMap<>(all.getOrDefault(service, Map.of()));
        own.put(property, value);
        all.put(service, own);
        return new LocalStackSettings(kafkaBootstrapServers, databaseUrl, postgresPort, hexApiUrl, hexApiToken,
                emulatorPort, servicePorts, apiKeyOwner, apiKey, adminToken, all);
    }

    public Map<String, Object> propertiesOf(Service service) {
        return serviceProperties.getOrDefault(service, Map.of());
    }

    /** The six services, with the ports of DESIGN.md §2. */
    public enum Service {
        GATEWAY_MCP("gateway-mcp", 8080),
        SLACK_INGRESS("slack-ingress", 8081),
        TOKEN_VAULT("token-vault", 8082),
        AUDIT_LOG("audit-log", 8083),
        HEX_API_SERVICE("hex-api-service", 8084),
        THREAD_POLLER("thread-poller", 8085);

        private final String id;
        private final int defaultPort;

        Service(String id, int defaultPort) {
            this.id = id;
            this.defaultPort = defaultPort;
        }

        public String id() {
            return id;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public int portOf(Service service) {
        return servicePorts.getOrDefault(service, service.defaultPort());
    }

    public boolean embeddedKafka() {
        return kafkaBootstrapServers == null || kafkaBootstrapServers.isBlank();
    }

    public boolean embeddedPostgres() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    public boolean embeddedEmulator() {
        return hexApiUrl == null || hexApiUrl.isBlank();
    }
}
