package dev.hexgate.gateway.tools.accounts;

import dev.hexgate.gateway.tools.SelfRunningTool;
import dev.hexgate.gateway.tools.ToolCall;
import dev.hexgate.gateway.tools.ToolOutcome;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code disconnect_hex_account}: token-vault deletes the caller's credential for one provider and revokes it at
 * Hex where Hex supports that; it also publishes {@code CredentialRevoked} and an audit record.
 */
@Component
public class DisconnectHexAccountTool implements SelfRunningTool {

    private final ConnectedAccounts accounts;

    public DisconnectHexAccountTool(ConnectedAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "disconnect_hex_account";
    }

    @Override
    public Mono<ToolOutcome> run(ToolCall call) {
        String provider = call.arguments().path("provider").asString();
        return accounts.disconnect(call.caller().userKey(), provider).map(ToolOutcome::success)
                .onErrorResume(ConnectedAccounts.AccountsUnavailableException.class,
                        e -> Mono.just(ToolOutcome.error(e.getMessage())));
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        String provider = result.path("provider").asString(arguments.path("provider").asString());
        if (!result.path("disconnected").asBoolean(false)) {
            return "No " + provider + " account was connected, so there was nothing to disconnect.";
        }
        JsonNode revoked = result.path("revokedAtHex");
        String atHex = revoked.isBoolean()
                ? (revoked.asBoolean() ? " and its grant was revoked at Hex" : "; Hex could not be asked to revoke it")
                : "";
        return "Disconnected your " + provider + " account: hexgate no longer holds its credential" + atHex + ".";
    }
}
