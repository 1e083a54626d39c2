package dev.hexgate.poller;

import dev.hexgate.testkit.emulator.EmulatorSignIn;
import dev.hexgate.testkit.emulator.SharedEmulator;

/**
 * The poller tests' seeded user and the shared emulator's MCP endpoint, and a real Hex MCP access token for a user
 * (testkit's {@link EmulatorSignIn}: dynamic registration, PKCE, the consent page approved headlessly, code
 * exchange).
 */
public final class EmulatorTokens {

    public static final String PRIYA = "priya.natarajan@fernbrook.example";

    private EmulatorTokens() {
    }

    public static String mcpUrl() {
        return SharedEmulator.get().baseUrl() + "/mcp";
    }

    public static String accessToken(String email) {
        return accessToken(SharedEmulator.get().baseUrl(), email);
    }

    /** The same from the emulator at {@code base} (e.g. one of {@code SharedEmulator.withSettings(..)}). */
    public static String accessToken(String base, String email) {
        return EmulatorSignIn.accessToken(base, email);
    }
}
