package dev.hexgate.local;

import dev.hexgate.local.LocalStackSettings.Service;
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

    static synchronized RunningStack get() {
        if (running == null) {
            Map<Service, Integer> anyPorts = Arrays.stream(Service.values())
                    .collect(Collectors.toMap(Function.identity(), s -> 0));
            LocalStack stack = new LocalStack();
            running = stack.start(new LocalStackSettings(null, null, 0, null, null, 0, anyPorts, "e2e-shared",
                    "hxg_e2e_" + UUID.randomUUID(), "hxa_e2e_" + UUID.randomUUID()));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "shared-stack-shutdown"));
        }
        return running;
    }
}
