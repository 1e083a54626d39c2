package dev.hexgate.contracts.events;

import java.time.Instant;

/**
 * A command did not succeed. {@code message} is written for a person to act on and never holds Hex's raw body.
 *
 * @param code             what went wrong, see {@link FailureCode}
 * @param hexStatus        Hex's HTTP status when Hex answered, otherwise null
 * @param authorizationUrl for {@link FailureCode#AUTHORIZATION_REQUIRED}: the one-time link that connects the account
 */
public record CommandFailed(
        String eventId,
        String commandId,
        String userKey,
        Origin origin,
        String operation,
        FailureCode code,
        Integer hexStatus,
        String message,
        boolean retryable,
        String authorizationUrl,
        Instant failedAt) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return commandId();
    }

    @Override
    public String correlatedCommandId() {
        return commandId();
    }
}
