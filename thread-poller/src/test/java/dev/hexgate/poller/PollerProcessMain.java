package dev.hexgate.poller;

import dev.hexgate.poller.hex.McpThreadReader;
import dev.hexgate.poller.polling.PollObserver;
import java.util.List;
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
        McpThreadReader reader = PollerTestSupport.mcpReader(System.getenv("POLLER_TEST_MCP_URL"),
                userKey -> Mono.just(token));
        PollerTestSupport.startPoller(reader, PollObserver.NONE, List.of(args));
    }
}
