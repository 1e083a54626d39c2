package dev.hexgate.vault.attempts;

import dev.hexgate.vault.oauth.DiscoveredServer;
import dev.hexgate.vault.oauth.HexOAuthClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What discovery found out about Hex MCP, reused for {@code discovery-cache}: a start URL is opened by a person
 * waiting for a redirect, and the documents change rarely. A failed discovery is not cached.
 */
@Component
public class HexMcpDiscovery {

    private record Cached(DiscoveredServer server, Instant until) {
    }

    private final HexOAuthClient oauth;
    private final AttemptsProperties properties;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    public HexMcpDiscovery(HexOAuthClient oauth, AttemptsProperties properties, Optional<Clock> clock) {
        this.oauth = oauth;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Mono<DiscoveredServer> server() {
        Cached current = cached.get();
        if (current != null && clock.instant().isBefore(current.until())) {
            return Mono.just(current.server());
        }
        return oauth.discover().doOnNext(server ->
                cached.set(new Cached(server, clock.instant().plus(properties.discoveryCache()))));
    }
}
