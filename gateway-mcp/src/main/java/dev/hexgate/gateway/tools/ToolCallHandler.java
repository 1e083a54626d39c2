package dev.hexgate.gateway.tools;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.gateway.GatewayProperties;
import dev.hexgate.gateway.auth.Caller;
import dev.hexgate.gateway.commands.CommandOutcome;
import dev.hexgate.gateway.commands.CommandPublisher;
import dev.hexgate.gateway.commands.CommandTimedOutException;
import dev.hexgate.gateway.mcp.CallerContext;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One tool's call path: validate, publish the command, await the outcome, shape the MCP result. A
 * {@link SelfRunningTool} runs its own commands in place of the one command.
 */
public final class ToolCallHandler {

    private static final Logger log = LoggerFactory.getLogger(ToolCallHandler.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final HexTool tool;
    private final ArgumentValidator validator;
    private final CommandPublisher publisher;
    private final GatewayProperties properties;

    public ToolCallHandler(HexTool tool, ArgumentValidator validator, CommandPublisher publisher,
            GatewayProperties properties) {
        this.tool = tool;
        this.validator = validator;
        this.publisher = publisher;
        this.properties = properties;
    }

    public Mono<CallToolResult> call(McpAsyncServerExchange exchange, CallToolRequest request) {
        Caller caller = CallerContext.caller(exchange.transportContext());
        JsonNode arguments = request.arguments() == null
                ? JsonNodeFactory.instance.objectNode() : EventCodec.mapper().valueToTree(request.arguments());
        Optional<String> problem = validator.problem(arguments).or(() -> tool.checkArguments(arguments));
        if (problem.isPresent()) {
            return Mono.just(ToolResults.invalidArguments(tool.name(), problem.get()));
        }
        Mono<CallToolResult> result = tool instanceof SelfRunningTool selfRunning
                ? Mono.defer(() -> selfRunning.run(new ToolCall(tool.name(), arguments, caller, publisher, exchange,
                        request.progressToken()))).map(outcome -> toResult(arguments, outcome))
                : publisher.execute(caller, tool.name(), tool.commandArguments(arguments))
                        .map(outcome -> toResult(arguments, outcome));
        return result
                .onErrorResume(CommandTimedOutException.class, e -> Mono.just(ToolResults.error(
                        "Hex did not answer " + tool.name() + " within " + properties.commandTimeout().toSeconds()
                                + " s. The request may still complete in Hex; try again later.")))
                .onErrorResume(e -> {
                    log.warn("tool {} failed before a result arrived: {}", tool.name(), e.toString());
                    return Mono.just(ToolResults.error("hexgate could not hand " + tool.name()
                            + " to its Hex service (" + e.getClass().getSimpleName() + "). Try again shortly."));
                });
    }

    private CallToolResult toResult(JsonNode arguments, CommandOutcome outcome) {
        if (outcome.failed() != null) {
            return ToolResults.failed(outcome.failed());
        }
        return success(arguments, outcome.completed().result());
    }

    private CallToolResult toResult(JsonNode arguments, ToolOutcome outcome) {
        if (outcome.failedCommand() != null) {
            return ToolResults.failed(outcome.failedCommand());
        }
        if (outcome.error() != null) {
            return ToolResults.error(outcome.error());
        }
        return success(arguments, outcome.result());
    }

    private CallToolResult success(JsonNode arguments, JsonNode result) {
        Map<String, Object> structured = EventCodec.mapper().convertValue(result, MAP);
        return ToolResults.success(structured, tool.summarize(arguments, result));
    }
}
