package dev.hexgate.poller.hex;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.thread-poller.hex-mcp}.
 *
 * @param url     Hex's MCP endpoint ({@code HEX_MCP_URL}, default {@code http://localhost:8090/mcp}, the emulator)
 * @param timeout one {@code get_thread} call, including a long poll Hex may hold it for
 *                ({@code HEXGATE_THREAD_POLLER_HEX_TIMEOUT}, default 30s)
 */
@ConfigurationProperties(prefix = "hexgate.thread-poller.hex-mcp")
public record HexMcpProperties(@DefaultValue("http://localhost:8090/mcp") URI url,
        @DefaultValue("30s") Duration timeout) {
}
