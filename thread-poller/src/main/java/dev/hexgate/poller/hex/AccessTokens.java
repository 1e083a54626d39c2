package dev.hexgate.poller.hex;

import reactor.core.publisher.Mono;

/**
 * A user's current Hex MCP access token. Fails with {@link ThreadReadException} ({@code AUTHORIZATION_REQUIRED}
 * when the user has none, {@code TRANSIENT} when it cannot be had now).
 */
@FunctionalInterface
public interface AccessTokens {

    Mono<String> accessToken(String userKey);

    /** Hex refused the user's token: the next {@link #accessToken} must not answer that one again. */
    default void forget(String userKey) {
    }
}
