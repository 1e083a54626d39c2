package dev.hexgate.local;

import dev.hexgate.local.LocalStackSettings.Service;
import dev.hexgate.testkit.emulator.EmulatorHttp;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One whole local stack per test JVM (Kafka, PostgreSQL, emulator, every service, on free ports), shared by the
 * end-to-end test classes: starting it costs 10-15 s, which one class should pay, not each. Tests share its
 * state, so each creates what it mutates. Stopped by a shutdown hook when the JVM exits.
 */
final class SharedStack {

    private static RunningStack running;

    private SharedStack() {
    }

    /** Calls the emulator's control plane (faults, reset, request log); answers the body, fails on non-2xx. */
    static String emulatorControl(String method, String path, String jsonBody) {
        return new EmulatorHttp(running.hexApiUrl()).control(method, path, jsonBody);
    }

    static synchronized RunningStack get() {
        if (running == null) {
            Map<Service, Integer> anyPorts = Arrays.stream(Service.values())
                    .collect(Collectors.toMap(Function.identity(), s -> 0));
            LocalStack stack = new LocalStack();
            // Every test class calls Hex with the one workspace token, so hexgate's own per-token limiter (Hex's
            // 30/min) would hold the suite back; tests about limits inject 429s as emulator faults instead. Reads
            // are sent once, so that an injected fault with "times":1 reaches the tool as an error; retries are
            // covered by hex-client's and hex-api-service's own tests.
            running = stack.start(new LocalStackSettings(null, null, 0, null, null, 0, anyPorts, "e2e",
                    "hxg_e2e_" + UUID.randomUUID(), "hxa_e2e_" + UUID.randomUUID())
                    .withServiceProperty(Service.HEX_API_SERVICE, "hexgate.hex-api.rate-limit.enabled", false)
                    .withServiceProperty(Service.HEX_API_SERVICE, "hexgate.hex-api.retry.max-attempts", 1)
                    // GatewayApiKeysE2ETest waits for a revoked key to run out of the gateway's cache
                    .withServiceProperty(Service.GATEWAY_MCP, "hexgate.gateway.token-vault.cache-ttl", "1s"));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "shared-stack-shutdown"));
            // Every test class calls Hex with the one workspace token; Hex's 30/min would throttle the suite. Tests
            // about 429s inject them as emulator faults instead.
            emulatorControl("PUT", "/_emulator/rate-limits", "{\"enabled\":false}");
        }
        return running;
    }
}
