package dev.hexgate.emulator.projects;

/** A query parameter Hex would reject with 400; each route renders it in its own error shape. */
public class InvalidParameterException extends RuntimeException {

    public InvalidParameterException(String reason) {
        super(reason);
    }
}
