package dev.hexgate.local;

import dev.hexgate.local.LocalStackSettings.Service;
import java.util.Map;

/** Where the started stack can be reached. Holds secrets for the local user only; printed, never logged. */
public record RunningStack(
        String kafkaBootstrapServers,
        String databaseUrl,
        String hexApiUrl,
        String hexMcpUrl,
        Map<Service, Integer> servicePorts,
        String apiKey,
        String adminToken) {

    public String mcpUrl() {
        return "http://localhost:" + servicePorts.get(Service.GATEWAY_MCP) + "/mcp";
    }

    public String baseUrlOf(Service service) {
        return "http://localhost:" + servicePorts.get(service);
    }
}
