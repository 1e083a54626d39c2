package dev.hexgate.emulator.threads;

import java.util.Objects;

/** Why a thread ended in {@code ERROR}: Hex's {@code {type, message}}. */
public record ThreadError(ThreadErrorType type, String message) {
    public ThreadError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }
}
