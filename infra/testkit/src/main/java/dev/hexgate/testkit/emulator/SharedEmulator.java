package dev.hexgate.testkit.emulator;

import dev.hexgate.emulator.HexEmulatorApplication;
import dev.hexgate.emulator.workspace.Workspace;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The Hex emulator in this JVM, started once on a free port (control plane on) and shared by every test that asks
 * for it. Tests talk to it over real HTTP, exactly as services talk to Hex.
 */
public final class SharedEmulator {

    private static RunningEmulator running;

    private SharedEmulator() {
    }

    public static synchronized RunningEmulator get() {
        if (running == null) {
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
                    .run("--server.port=0", "--hexgate.emulator.control-plane-enabled=true",
                            "--hexgate.emulator.rate-limits.enabled=false", "--spring.main.banner-mode=off");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            running = new RunningEmulator("http://localhost:" + port, context.getBean(Workspace.class));
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "hex-emulator-shutdown"));
        }
        return running;
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
