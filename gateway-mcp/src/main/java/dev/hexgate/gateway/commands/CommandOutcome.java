package dev.hexgate.gateway.commands;

import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;

/** What came back for a command: exactly one of completed, failed; or neither when nobody answered in time. */
public record CommandOutcome(CommandCompleted completed, CommandFailed failed) {

    public static CommandOutcome of(CommandCompleted completed) {
        return new CommandOutcome(completed, null);
    }

    public static CommandOutcome of(CommandFailed failed) {
        return new CommandOutcome(null, failed);
    }
}
