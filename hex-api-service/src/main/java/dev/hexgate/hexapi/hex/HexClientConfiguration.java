package dev.hexgate.hexapi.hex;

import dev.hexgate.hexclient.mcp.HexMcpClient;
import dev.hexgate.hexclient.policy.HexCallPolicy;
import dev.hexgate.hexclient.policy.TokenRateLimiter;
import dev.hexgate.hexclient.rest.HexClientSettings;
import dev.hexgate.hexclient.rest.HexRestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HexClientConfiguration {

    @Bean
    HexRestClient hexRestClient(HexApiProperties properties) {
        return new HexRestClient(new HexClientSettings(properties.url(), properties.connectTimeout(),
                properties.responseTimeout()));
    }

    /** Retries (reads only) and the per-token rate limit, for every call a {@code RestOperation} makes. */
    @Bean
    HexCallPolicy hexCallPolicy(HexRestClient hex, HexRetryProperties retry, HexRateLimitProperties rateLimit) {
        return new HexCallPolicy(hex, retry.settings(), new TokenRateLimiter(rateLimit.settings()));
    }

    /** Hex's MCP server, for the thread operations; one client (and one cached tool list) per server. */
    @Bean
    HexMcpClient hexMcpClient(HexMcpProperties mcp) {
        return new HexMcpClient(mcp.settings());
    }
}
