package dev.hexgate.emulator.cells;

/**
 * A cells request that is well-formed but breaks a rule the OpenAPI description cannot express (contents that do
 * not fit the cell's type, an unknown referenced id, a taken dataframe name, ...). Answered 400 in the new error
 * shape, with the message as the single issue.
 */
public class CellRuleException extends RuntimeException {

    public CellRuleException(String message) {
        super(message);
    }
}
