package dev.hexgate.hexapi.hex;

import dev.hexgate.hexclient.mcp.HexMcpSettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.hex-api.mcp}: Hex's MCP server, which the thread operations call with each user's
 * own OAuth token (never the workspace token).
 *
 * @param url              Hex's MCP server ({@code HEX_MCP_URL}; default the emulator's,
 *                         {@code http://localhost:8090/mcp}; Hex's is {@code https://app.hex.tech/mcp})
 * @param connectTimeout   {@code HEXGATE_HEX_MCP_CONNECT_TIMEOUT}, default 5s
 * @param callTimeout      {@code HEXGATE_HEX_MCP_CALL_TIMEOUT}, default 60s: one whole call (session, tool list
 *                         when needed, the tool call)
 * @param toolsTtl         {@code HEXGATE_HEX_MCP_TOOLS_TTL}, default 10m: how long Hex's tool list (and so its
 *                         argument names) is trusted before it is read again
 * @param threadWaitBudget {@code HEXGATE_HEX_MCP_THREAD_WAIT_BUDGET}, default 10m: how long after a thread starts
 *                         (or is continued) waiting on it may go on; {@code ThreadStarted.deadline}
 */
@ConfigurationProperties(prefix = "hexgate.hex-api.mcp")
public record HexMcpProperties(@DefaultValue("http://localhost:8090/mcp") URI url,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration callTimeout,
        @DefaultValue("10m") Duration toolsTtl, @DefaultValue("10m") Duration threadWaitBudget) {

    public HexMcpSettings settings() {
        return new HexMcpSettings(url, connectTimeout, callTimeout, toolsTtl);
    }
}
