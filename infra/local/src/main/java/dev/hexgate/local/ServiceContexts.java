package dev.hexgate.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Starts services as separate application contexts in this JVM. Each reads only its own config file (its
 * {@code application()} builder sets {@code spring.config.name}); what the stack decides for it (ports, Kafka
 * address, tokens) is put first among its property sources, so neither another service's file nor a stray
 * environment variable such as {@code SERVER_PORT} can shadow it.
 */
final class ServiceContexts implements AutoCloseable {

    private final Deque<ConfigurableApplicationContext> started = new ArrayDeque<>();

    ConfigurableApplicationContext start(String name, SpringApplicationBuilder application,
            Map<String, Object> overrides) {
        Map<String, Object> decided = new HashMap<>(overrides);
        ConfigurableApplicationContext context = application
                .registerShutdownHook(false)
                // Read before initializers run, so these go in as defaults: one banner for the whole stack, and
                // logger names (dev.hexgate.<service>) rather than the first context's name to tell services apart.
                // A graceful shutdown waits for open requests, and MCP clients hold SSE streams open: without a short
                // phase timeout, closing the stack waits 30 s per service that has one.
                .properties("spring.main.banner-mode=off", "logging.include-application-name=false",
                        "spring.lifecycle.timeout-per-shutdown-phase=2s")
                .initializers(ctx -> {
                    ctx.getEnvironment().getPropertySources()
                            .addFirst(new MapPropertySource("hexgate-local:" + name, decided));
                    ownNettyResources(ctx);
                })
                .run();
        started.push(context);
        return context;
    }

    /**
     * Gives a reactive service its own Reactor Netty event loops instead of the JVM-global ones. Spring Boot's
     * default {@link ReactorResourceFactory} uses the global resources and disposes them when its context closes,
     * which would stop the web servers of every other stack in this JVM (e.g. a test's own stack closing while the
     * shared end-to-end stack keeps running). Boot backs off its own factory when one is defined.
     */
    private static void ownNettyResources(ConfigurableApplicationContext context) {
        if (context instanceof ReactiveWebApplicationContext && context instanceof GenericApplicationContext generic) {
            generic.registerBean(ReactorResourceFactory.class, () -> {
                ReactorResourceFactory resources = new ReactorResourceFactory();
                resources.setUseGlobalResources(false);
                return resources;
            });
        }
    }

    static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Stops in reverse start order, so that nothing outlives what it depends on. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            started.pop().close();
        }
    }
}
