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
 * @param threadIdArgument the name {@code get_thread} and {@code continue_thread} give their thread-id argument, in
 *     their {@code tools/list} input schemas and in what they accept (env
 *     {@code HEX_EMULATOR_MCP_THREAD_ID_ARGUMENT}, default {@code thread_id}). Hex's names have drifted
 *     ({@code get_thread} took {@code id} before {@code thread_id}) and Hex publishes no schema, so clients must read
 *     the names from {@code tools/list}; set e.g. {@code id} to test that they do. A call under another name is
 *     refused as a missing argument, as Hex refuses a wrong name.
 * @param promptArgument the name {@code create_thread} and {@code continue_thread} give their prompt argument (env
 *     {@code HEX_EMULATOR_MCP_PROMPT_ARGUMENT}, default {@code prompt}), likewise
 */
@ConfigurationProperties(prefix = "hexgate.emulator.mcp")
public record McpProperties(
        @DefaultValue("0s") Duration getThreadMaxWait,
        @DefaultValue({"http://localhost:*", "http://127.0.0.1:*"}) List<String> allowedOrigins,
        @DefaultValue("thread_id") String threadIdArgument,
        @DefaultValue("prompt") String promptArgument) {

    public McpProperties {
        if (getThreadMaxWait == null || getThreadMaxWait.isNegative()) {
            throw new IllegalArgumentException("hexgate.emulator.mcp.get-thread-max-wait must not be negative");
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        threadIdArgument = argumentName("thread-id-argument", threadIdArgument);
        promptArgument = argumentName("prompt-argument", promptArgument);
        if (threadIdArgument.equals(promptArgument)) {
            // continue_thread takes both: one property cannot carry two values.
            throw new IllegalArgumentException("hexgate.emulator.mcp.thread-id-argument and prompt-argument must "
                    + "differ (both are '" + promptArgument + "')");
        }
    }

    private static String argumentName(String property, String name) {
        if (name == null || name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("hexgate.emulator.mcp." + property + " must be a non-blank name "
                    + "without surrounding spaces");
        }
        return name;
    }
}
