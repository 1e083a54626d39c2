package dev.hexgate.hexclient.policy;

import dev.hexgate.testkit.emulator.EmulatorHttp;
import java.time.Instant;

/** The emulator's control plane, for faults and the request log. */
final class EmulatorControl {

    private final EmulatorHttp emulator;

    EmulatorControl(String baseUrl) {
        this.emulator = new EmulatorHttp(baseUrl);
    }

    void fault(String json) {
        emulator.control("POST", "/_emulator/faults", json);
    }

    void clearFaults() {
        emulator.control("DELETE", "/_emulator/faults", null);
    }

    /** How many requests for {@code operationId} arrived at or after {@code since}. */
    int requests(String operationId, Instant since) {
        return emulator.requests(operationId, since);
    }
}
