package dev.hexgate.contracts.events;

import java.util.Objects;

/**
 * Where a command came from, so that its result can be delivered back to exactly that place.
 * Exactly one of {@code mcp} and {@code slack} is set.
 */
public record Origin(McpCall mcp, SlackMessage slack) {

    public Origin {
        if ((mcp == null) == (slack == null)) {
            throw new IllegalArgumentException("an origin is either an MCP call or a Slack message");
        }
    }

    public static Origin mcp(String gatewayInstanceId, String callId) {
        return new Origin(new McpCall(gatewayInstanceId, callId), null);
    }

    public static Origin slack(String teamId, String channelId, String threadTs, String messageTs) {
        return new Origin(null, new SlackMessage(teamId, channelId, threadTs, messageTs));
    }

    /** A tool call open on one gateway instance. */
    public record McpCall(String gatewayInstanceId, String callId) {
        public McpCall {
            Objects.requireNonNull(gatewayInstanceId, "gatewayInstanceId");
            Objects.requireNonNull(callId, "callId");
        }
    }

    /** A message in a Slack thread. */
    public record SlackMessage(String teamId, String channelId, String threadTs, String messageTs) {
        public SlackMessage {
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(channelId, "channelId");
        }
    }
}
