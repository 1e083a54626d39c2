package dev.hexgate.gateway.tools;

import dev.hexgate.gateway.auth.Caller;
import dev.hexgate.gateway.commands.CommandOutcome;
import dev.hexgate.gateway.commands.CommandPublisher;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One open call of a {@link SelfRunningTool}: its arguments, a way to run commands as the caller (each one is
 * published and awaited like a single-command tool's, under the gateway's command timeout), and a way to tell
 * the client how it is going.
 */
public final class ToolCall {

    private static final Logger log = LoggerFactory.getLogger(ToolCall.class);

    private final String toolName;
    private final JsonNode arguments;
    private final Caller caller;
    private final CommandPublisher publisher;
    private final McpAsyncServerExchange exchange;
    private final Object progressToken;

    ToolCall(String toolName, JsonNode arguments, Caller caller, CommandPublisher publisher,
            McpAsyncServerExchange exchange, Object progressToken) {
        this.toolName = toolName;
        this.arguments = arguments;
        this.caller = caller;
        this.publisher = publisher;
        this.exchange = exchange;
        this.progressToken = progressToken;
    }

    /** Who is calling; their user key is what token-vault and the commands are keyed by. */
    public Caller caller() {
        return caller;
    }

    /** The validated arguments of the call. */
    public JsonNode arguments() {
        return arguments;
    }

    /**
     * Runs one operation (a tool name hex-api-service knows) as the caller. Completes with the outcome, or errors
     * with {@code CommandTimedOutException} when no result came within the command timeout.
     */
    public Mono<CommandOutcome> command(String operation, JsonNode commandArguments) {
        return publisher.execute(caller, operation, commandArguments);
    }

    /** As {@link #command(String, JsonNode)}, under a command id chosen beforehand. */
    public Mono<CommandOutcome> command(String operation, JsonNode commandArguments, String commandId) {
        return publisher.execute(caller, operation, commandArguments, commandId);
    }

    /** Whether the client asked for progress (sent a {@code progressToken} in the request's {@code _meta}). */
    public boolean wantsProgress() {
        return progressToken != null;
    }

    /**
     * Sends a progress notification if the client asked for them; {@code progress} must grow with every call.
     * Never fails the call: a client that went away simply misses it.
     */
    public Mono<Void> progress(double progress, String message) {
        if (progressToken == null) {
            return Mono.empty();
        }
        return exchange.progressNotification(ProgressNotification.builder(progressToken, progress)
                        .message(message).build())
                .onErrorResume(e -> {
                    log.debug("progress of {} not delivered: {}", toolName, e.toString());
                    return Mono.empty();
                });
    }
}
