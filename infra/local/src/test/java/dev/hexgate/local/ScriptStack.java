package dev.hexgate.local;

import dev.hexgate.local.LocalStackSettings.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole local stack on free ports, for scripts that test it from outside (scripts/mcp-conformance): unlike
 * the launcher it takes no fixed port, so it runs next to a {@code ./run-local} or another copy of itself. Writes
 * {@code api-key}, {@code env} (with {@code HEXGATE_MCP_URL}) and finally {@code ready} into the directory given as
 * the first argument, then runs until the process is stopped.
 */
public final class ScriptStack {

    private ScriptStack() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ScriptStack <state directory>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.deleteIfExists(dir.resolve("ready"));
        Map<Service, Integer> anyPorts = Arrays.stream(Service.values())
                .collect(Collectors.toMap(Function.identity(), s -> 0));
        LocalStack stack = new LocalStack();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "script-stack-shutdown"));
        RunningStack running = stack.start(new LocalStackSettings(null, null, 0, null, null, 0, anyPorts, "script",
                "hxg_script_" + UUID.randomUUID(), "hxa_script_" + UUID.randomUUID()));
        HexgateLocal.writeDotHexgate(dir, running);
        Files.writeString(dir.resolve("ready"), running.mcpUrl() + "\n");
        System.out.println("stack ready: " + running.mcpUrl());
        stopped.await();
    }
}
