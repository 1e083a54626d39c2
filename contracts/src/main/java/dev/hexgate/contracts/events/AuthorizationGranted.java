package dev.hexgate.contracts.events;

import java.time.Instant;

/**
 * A user connected a Hex account. Carries the command that was parked waiting for it, so that it runs by itself.
 * Never carries the credential.
 *
 * @param provider      {@code hex-mcp} or {@code hex-api}
 * @param parkedCommand the command to run again under the same command id, or null
 */
public record AuthorizationGranted(
        String eventId,
        String userKey,
        String provider,
        CommandRequested parkedCommand,
        Instant grantedAt) implements HexgateEvent {

    @Override
    public String partitionKey() {
        return userKey();
    }

    @Override
    public String correlatedCommandId() {
        return parkedCommand == null ? null : parkedCommand.commandId();
    }
}
