package dev.hexgate.contracts.secrets;

/** A sealed value could not be opened: another key, a changed value, or another place in the arguments. */
public class SealedValueException extends RuntimeException {

    public SealedValueException(String message) {
        super(message);
    }

    public SealedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
