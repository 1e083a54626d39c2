package dev.hexgate.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.gateway}.
 *
 * @param instanceId      names this instance in command origins so results find their way back
 *                        ({@code HEXGATE_GATEWAY_INSTANCE_ID}; default random per start)
 * @param apiKeys         callers' API keys as {@code owner:key} pairs until token-vault issues them
 *                        ({@code HEXGATE_GATEWAY_API_KEYS}, comma-separated)
 * @param commandTimeout  how long a tool call waits for its result ({@code HEXGATE_GATEWAY_COMMAND_TIMEOUT}, 30s)
 * @param allowedOrigins  browser origins allowed to call /mcp, DNS-rebinding protection
 *                        ({@code HEXGATE_GATEWAY_ALLOWED_ORIGINS}; localhost on any port by default)
 */
@ConfigurationProperties(prefix = "hexgate.gateway")
public record GatewayProperties(
        String instanceId,
        List<String> apiKeys,
        Duration commandTimeout,
        List<String> allowedOrigins) {

    public GatewayProperties {
        instanceId = instanceId == null || instanceId.isBlank()
                ? "gw-" + UUID.randomUUID().toString().substring(0, 8) : instanceId;
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().filter(k -> !k.isBlank()).toList();
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(30) : commandTimeout;
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().filter(o -> !o.isBlank()).toList();
        if (allowedOrigins.isEmpty()) {
            allowedOrigins = List.of("http://localhost:*", "http://127.0.0.1:*");
        }
    }
}
