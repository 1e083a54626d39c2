package dev.hexgate.gateway.tools;

import dev.hexgate.contracts.events.CommandFailed;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * How a {@link SelfRunningTool} call ended: a result (summarised by the tool like any other), one of its
 * commands' failures as it came, or an error the tool words itself (e.g. to add what it had already done).
 */
public final class ToolOutcome {

    private final JsonNode result;
    private final CommandFailed failed;
    private final String error;

    private ToolOutcome(JsonNode result, CommandFailed failed, String error) {
        this.result = result;
        this.failed = failed;
        this.error = error;
    }

    public static ToolOutcome success(JsonNode result) {
        return new ToolOutcome(Objects.requireNonNull(result, "result"), null, null);
    }

    public static ToolOutcome failed(CommandFailed failed) {
        return new ToolOutcome(null, Objects.requireNonNull(failed, "failed"), null);
    }

    public static ToolOutcome error(String message) {
        return new ToolOutcome(null, null, Objects.requireNonNull(message, "message"));
    }

    JsonNode result() {
        return result;
    }

    CommandFailed failedCommand() {
        return failed;
    }

    String error() {
        return error;
    }
}
