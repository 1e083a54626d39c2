package dev.hexgate.gateway.tools.accounts;

import dev.hexgate.gateway.tools.SelfRunningTool;
import dev.hexgate.gateway.tools.ToolCall;
import dev.hexgate.gateway.tools.ToolOutcome;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code hex_connection_status}: which of the caller's Hex accounts hexgate holds, with links for the rest. */
@Component
public class HexConnectionStatusTool implements SelfRunningTool {

    private final ConnectedAccounts accounts;

    public HexConnectionStatusTool(ConnectedAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "hex_connection_status";
    }

    @Override
    public Mono<ToolOutcome> run(ToolCall call) {
        return accounts.list(call.caller().userKey()).map(ToolOutcome::success)
                .onErrorResume(ConnectedAccounts.AccountsUnavailableException.class,
                        e -> Mono.just(ToolOutcome.error(e.getMessage())));
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        StringBuilder text = new StringBuilder();
        for (JsonNode account : result.path("accounts")) {
            if (text.length() > 0) {
                text.append(' ');
            }
            String provider = account.path("provider").asString();
            if (account.path("connected").asBoolean(false)) {
                text.append(provider).append(": connected");
                if (account.hasNonNull("connectedAt")) {
                    text.append(" since ").append(account.path("connectedAt").asString());
                }
                text.append('.');
            } else {
                text.append(provider).append(": not connected");
                if (account.hasNonNull("connectUrl")) {
                    text.append("; connect it here: ").append(account.path("connectUrl").asString());
                }
                text.append('.');
            }
        }
        return text.length() == 0 ? "token-vault lists no Hex accounts." : text.toString();
    }
}
