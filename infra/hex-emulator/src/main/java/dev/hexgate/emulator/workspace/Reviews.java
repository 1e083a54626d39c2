package dev.hexgate.emulator.workspace;

/** Whether publishing the project needs an approved review. */
public record Reviews(boolean required) {
}
