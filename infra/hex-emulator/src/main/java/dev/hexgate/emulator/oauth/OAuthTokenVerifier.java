package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.mcpauth.McpTokenVerifier;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Lets {@code /mcp} requests in with a live access token from this authorization server, as its user. */
@Component
class OAuthTokenVerifier implements McpTokenVerifier {

    private final OAuthTokenStore tokens;
    private final Workspace workspace;

    OAuthTokenVerifier(OAuthTokenStore tokens, Workspace workspace) {
        this.tokens = tokens;
        this.workspace = workspace;
    }

    @Override
    public Optional<User> verify(String accessToken) {
        return tokens.userOfLiveAccessToken(accessToken).flatMap(workspace::userByEmail);
    }
}
