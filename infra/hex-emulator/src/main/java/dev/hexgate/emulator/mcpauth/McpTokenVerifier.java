package dev.hexgate.emulator.mcpauth;

import dev.hexgate.emulator.workspace.User;
import java.util.Optional;

/**
 * Decides whether a bearer token sent to {@code /mcp} is a live OAuth access token issued by the emulator's
 * authorization server, and for which user. Implemented by the OAuth feature; {@link McpBearerFilter} uses it.
 */
public interface McpTokenVerifier {

    /** The user the access token was issued to, or empty when it is unknown, expired or revoked. */
    Optional<User> verify(String accessToken);
}
