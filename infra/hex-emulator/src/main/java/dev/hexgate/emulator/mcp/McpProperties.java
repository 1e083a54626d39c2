package dev.hexgate.emulator.mcp;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.emulator.mcp}, for the emulated Hex MCP server at {@code /mcp}.
 *
 * @param getThreadMaxWait longest a {@code get_thread} call on a running thread waits for it before answering
 *     (env {@code HEX_EMULATOR_MCP_GET_THREAD_MAX_WAIT}). Hex's tool sleeps a while before it returns; the default
 *     0s answers at once so tests stay fast. The wait never exceeds the time the thread still has to run.
 * @param allowedOrigins browser origins allowed to call {@code /mcp}, besides the public URL's own origin (env
 *     {@code HEX_EMULATOR_MCP_ALLOWED_ORIGINS}); requests without an {@code Origin} header (non-browser clients)
 *     are always allowed, as the MCP transport rules intend
 */
@ConfigurationProperties(prefix = "hexgate.emulator.mcp")
public record McpProperties(
        @DefaultValue("0s") Duration getThreadMaxWait,
        @DefaultValue({"http://localhost:*", "http://127.0.0.1:*"}) List<String> allowedOrigins) {

    public McpProperties {
        if (getThreadMaxWait == null || getThreadMaxWait.isNegative()) {
            throw new IllegalArgumentException("hexgate.emulator.mcp.get-thread-max-wait must not be negative");
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
