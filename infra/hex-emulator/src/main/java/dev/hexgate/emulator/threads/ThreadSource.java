package dev.hexgate.emulator.threads;

/** Where a thread was started; ListThreads filters on it. The emulator creates {@code PUBLIC_API} and {@code MCP}. */
public enum ThreadSource {
    HEX, SLACK, MCP, PUBLIC_API
}
