package dev.hexgate.emulator.control;

/** Input the control plane cannot accept; answered {@code 400 {"message": "..."}}. */
public class ControlPlaneInputException extends RuntimeException {

    public ControlPlaneInputException(String message) {
        super(message);
    }
}
