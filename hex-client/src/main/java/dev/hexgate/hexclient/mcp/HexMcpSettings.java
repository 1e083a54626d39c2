package dev.hexgate.hexclient.mcp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Hex's MCP server.
 *
 * @param mcpUrl         the server, e.g. {@code https://app.hex.tech/mcp} ({@code HEX_MCP_URL}); EU, HIPAA and
 *                       single-tenant hosts work the same
 * @param connectTimeout TCP connect limit
 * @param callTimeout    limit for one whole call: session set-up, {@code tools/list} when needed, the tool call and
 *                       its answer
 * @param toolsTtl       how long the server's {@code tools/list} answer is trusted before it is read again
 */
public record HexMcpSettings(URI mcpUrl, Duration connectTimeout, Duration callTimeout, Duration toolsTtl) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Hex's {@code get_thread} may long-poll before it answers, so this is longer than a REST call's limit. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TOOLS_TTL = Duration.ofMinutes(10);

    public HexMcpSettings {
        Objects.requireNonNull(mcpUrl, "mcpUrl");
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        callTimeout = callTimeout == null ? DEFAULT_CALL_TIMEOUT : callTimeout;
        toolsTtl = toolsTtl == null ? DEFAULT_TOOLS_TTL : toolsTtl;
    }

    public static HexMcpSettings of(String mcpUrl) {
        return new HexMcpSettings(URI.create(mcpUrl), null, null, null);
    }
}
