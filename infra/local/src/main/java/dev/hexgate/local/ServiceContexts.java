package dev.hexgate.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

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
                .properties("spring.main.banner-mode=off", "logging.include-application-name=false")
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("hexgate-local:" + name, decided)))
                .run();
        started.push(context);
        return context;
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
