package dev.hexgate.testkit.emulator;

import dev.hexgate.emulator.HexEmulatorApplication;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The Hex emulator in this JVM, started once on a free port (control plane on) and shared by every test that asks
 * for it. Tests talk to it over real HTTP, exactly as services talk to Hex. {@link #withSettings} gives an emulator
 * started with extra settings (e.g. drifted MCP argument names), likewise once per distinct set of settings.
 */
public final class SharedEmulator {

    private static RunningEmulator running;
    private static final Map<List<String>, RunningEmulator> VARIANTS = new HashMap<>();

    private SharedEmulator() {
    }

    public static synchronized RunningEmulator get() {
        if (running == null) {
            running = start(List.of());
        }
        return running;
    }

    /**
     * An emulator of its own, started with these extra settings on top of {@link #get()}'s, each
     * {@code name=value} (e.g. {@code hexgate.emulator.mcp.thread-id-argument=id}). One per distinct list per JVM,
     * stopped at exit like the shared one; it has its own workspace state, tokens and OAuth clients.
     */
    public static synchronized RunningEmulator withSettings(String... settings) {
        List<String> key = List.of(settings);
        if (key.isEmpty()) {
            return get();
        }
        for (String setting : key) {
            if (setting.startsWith("-") || setting.indexOf('=') < 1) {
                throw new IllegalArgumentException("a setting is name=value, not '" + setting + "'");
            }
        }
        return VARIANTS.computeIfAbsent(key, SharedEmulator::start);
    }

    private static RunningEmulator start(List<String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--hexgate.emulator.control-plane-enabled=true", "--hexgate.emulator.rate-limits.enabled=false",
                "--spring.main.banner-mode=off",
                // Nothing waits for an emulator at the JVM's exit: an MCP client's open stream (a poller session
                // nobody closed) would hold a graceful shutdown for 30 s, and surefire would kill the fork.
                "--server.shutdown=immediate"));
        settings.forEach(setting -> arguments.add("--" + setting));
        ConfigurableApplicationContext context = HexEmulatorApplication.application()
                .registerShutdownHook(false)
                // Its own Netty event loops: by default every Spring WebFlux context in a JVM serves on Reactor
                // Netty's global loops, and closing any of them (a test's service context) disposes those loops,
                // which would take the shared emulator down for every later test class.
                .initializers(SharedEmulator::ownNettyResources)
                // Arguments outrank the emulator's own hex-emulator.yml, which defaults the port to 8090.
                // Hex's rate limits are off: every test class in the JVM shares the one workspace token, so
                // their sum would trip 30/min. A test about 429s switches them on through the control plane
                // (PUT /_emulator/rate-limits {"enabled":true}) or injects a 429 fault.
                .run(arguments.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "hex-emulator-shutdown"));
        return new RunningEmulator("http://localhost:" + port, context.getBean(Workspace.class));
    }

    private static void ownNettyResources(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        });
    }

    /**
     * @param baseUrl   e.g. {@code http://localhost:41234}; the REST API is under {@code /api/v1}
     * @param workspace the seeded data, for expected values
     */
    public record RunningEmulator(String baseUrl, Workspace workspace) {

        public String workspaceToken() {
            return workspace.workspaceToken().token();
        }
    }
}
