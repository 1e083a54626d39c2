package dev.hexgate.poller;

import dev.hexgate.poller.hex.HexMcpProperties;
import dev.hexgate.poller.hex.McpThreadReader;
import dev.hexgate.poller.hex.ThreadReader;
import java.net.URI;
import java.time.Duration;
import org.springframework.context.support.GenericApplicationContext;
import reactor.core.publisher.Mono;

/**
 * thread-poller as its own process for the kill test: the real application, reading threads over MCP with the access
 * token in {@code POLLER_TEST_HEX_TOKEN} for every user (the test has no token-vault), at {@code POLLER_TEST_MCP_URL}.
 */
public final class PollerProcessMain {

    private PollerProcessMain() {
    }

    public static void main(String[] args) {
        String token = System.getenv("POLLER_TEST_HEX_TOKEN");
        McpThreadReader reader = new McpThreadReader(new HexMcpProperties(
                URI.create(System.getenv("POLLER_TEST_MCP_URL")), Duration.ofSeconds(20), Duration.ofMinutes(10)),
                userKey -> Mono.just(token));
        ThreadPollerApplication.application()
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(ThreadReader.class, () -> reader))
                .run(args);
    }
}
