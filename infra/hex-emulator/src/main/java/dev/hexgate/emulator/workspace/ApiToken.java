package dev.hexgate.emulator.workspace;

import java.util.Objects;

/**
 * A seeded API token. Hex runs every request as one user, workspace tokens included, so each token names the
 * email of the user it acts as.
 */
public record ApiToken(String token, TokenKind kind, String user) {
    public ApiToken {
        Objects.requireNonNull(token, "token.token");
        Objects.requireNonNull(kind, "token.kind");
        Objects.requireNonNull(user, "token.user");
        if (!token.startsWith(kind.prefix())) {
            throw new IllegalArgumentException(kind.wireName() + " token must start with " + kind.prefix());
        }
    }
}
