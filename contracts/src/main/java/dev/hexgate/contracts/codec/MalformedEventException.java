package dev.hexgate.contracts.codec;

/** A record on a topic that cannot be read as the event it claims to be: a poison record for the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
