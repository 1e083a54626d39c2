package dev.hexgate.gateway.tools;

import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.FailureCode;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/** The three ways a tool call ends, as MCP results. Errors are tool results, not protocol errors: a model can read them. */
final class ToolResults {

    private ToolResults() {
    }

    static CallToolResult success(Map<String, Object> structured, String summary) {
        return CallToolResult.builder().structuredContent(structured).addTextContent(summary).isError(false).build();
    }

    static CallToolResult invalidArguments(String toolName, String problem) {
        return error("Invalid arguments for " + toolName + ": " + problem + ". Nothing was sent to Hex.");
    }

    static CallToolResult failed(CommandFailed failed) {
        StringBuilder text = new StringBuilder(failed.message());
        if (failed.code() == FailureCode.AUTHORIZATION_REQUIRED && failed.authorizationUrl() != null) {
            text.append(" Connect your Hex account here: ").append(failed.authorizationUrl());
        }
        text.append(" [").append(failed.code());
        if (failed.hexStatus() != null) {
            text.append(", Hex status ").append(failed.hexStatus());
        }
        text.append(']');
        return error(text.toString());
    }

    static CallToolResult error(String text) {
        return CallToolResult.builder().addTextContent(text).isError(true).build();
    }
}
