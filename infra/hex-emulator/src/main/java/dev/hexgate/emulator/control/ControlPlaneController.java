package dev.hexgate.emulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hexgate.emulator.oauth.OAuthTokenStore;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emulator-only routes under {@code /_emulator}, for tests and local tooling. They have no authentication, so
 * they exist only with {@code hexgate.emulator.control-plane-enabled=true}; otherwise the paths are plain 404s.
 */
@RestController
@ConditionalOnBooleanProperty("hexgate.emulator.control-plane-enabled")
class ControlPlaneController {

    private final Workspace workspace;
    private final OAuthTokenStore oauthTokens;

    ControlPlaneController(Workspace workspace, OAuthTokenStore oauthTokens) {
        this.workspace = workspace;
        this.oauthTokens = oauthTokens;
    }

    /** Seeded API tokens first, then every OAuth token the emulator issued, in issue order. */
    @GetMapping("/_emulator/tokens")
    TokenList tokens() {
        return new TokenList(Stream.concat(
                workspace.tokens().stream()
                        .map(t -> new TokenEntry(t.token(), t.kind().wireName(), t.user(), null, null, null)),
                oauthTokens.issuedTokens().stream()
                        .map(t -> new TokenEntry(t.token(), t.kind(), t.userEmail(), t.clientId(), t.expiresAt(),
                                t.revoked())))
                .toList());
    }

    record TokenList(List<TokenEntry> tokens) {
    }

    /**
     * {@code user} is the email of the user the token acts as. OAuth tokens ({@code oauth-access},
     * {@code oauth-refresh}) also carry the client they were issued to, their expiry and whether they were revoked
     * (or, for refresh tokens, rotated); seeded tokens never expire and omit those fields.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenEntry(String token, String kind, String user, String clientId, Instant expiresAt, Boolean revoked) {
    }
}
