package dev.hexgate.emulator.warehouse;

/** A query the sample warehouse refused or could not run; the message is safe to show to the caller. */
public class WarehouseQueryException extends RuntimeException {

    public WarehouseQueryException(String message) {
        super(message);
    }

    public WarehouseQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
