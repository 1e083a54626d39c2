package dev.hexgate.poller.hex;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.thread-poller.hex-mcp}.
 *
 * @param url     Hex's MCP endpoint ({@code HEX_MCP_URL}, default {@code http://localhost:8090/mcp}, the emulator)
 * @param timeout    one {@code get_thread} call, including a long poll Hex may hold it for
 *                   ({@code HEXGATE_THREAD_POLLER_HEX_TIMEOUT}, default 30s)
 * @param sessionTtl how long a user's MCP session (and the {@code tools/list} it read) is used before a new one
 *                   is opened, so that a renamed argument is picked up ({@code HEXGATE_THREAD_POLLER_HEX_SESSION_TTL},
 *                   default 10m)
 */
@ConfigurationProperties(prefix = "hexgate.thread-poller.hex-mcp")
public record HexMcpProperties(@DefaultValue("http://localhost:8090/mcp") URI url,
        @DefaultValue("30s") Duration timeout, @DefaultValue("10m") Duration sessionTtl) {
}
