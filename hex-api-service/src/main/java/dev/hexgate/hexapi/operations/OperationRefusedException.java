package dev.hexgate.hexapi.operations;

import dev.hexgate.contracts.events.FailureCode;

/**
 * An operation's own refusal, not Hex's: e.g. a search pattern too costly to evaluate. The message goes to the
 * caller as it is, so it must name what to change and must never hold a token or Hex's raw body.
 */
public class OperationRefusedException extends RuntimeException {

    private final FailureCode code;

    public OperationRefusedException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }
}
