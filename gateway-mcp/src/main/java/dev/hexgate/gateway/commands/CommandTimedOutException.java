package dev.hexgate.gateway.commands;

import java.time.Duration;

/** No result arrived for a command before its deadline. */
public class CommandTimedOutException extends RuntimeException {

    public CommandTimedOutException(String commandId, Duration timeout) {
        super("no result for command " + commandId + " within " + timeout.toSeconds() + " s");
    }
}
