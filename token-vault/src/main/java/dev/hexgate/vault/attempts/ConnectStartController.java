package dev.hexgate.vault.attempts;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.connect.ConnectLinks;
import dev.hexgate.vault.connect.Pages;
import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.crypto.RandomTokens;
import dev.hexgate.vault.grants.StoredGrants;
import dev.hexgate.vault.oauth.ClientRegistration;
import dev.hexgate.vault.oauth.DiscoveredServer;
import dev.hexgate.vault.oauth.HexOAuthClient;
import dev.hexgate.vault.oauth.PreparedAuthorization;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /connect/start?attempt=<start token>}: where the link a user was sent leads. The start token is
 * consumed first (one request only, within its lifetime); then:
 * <ul>
 *   <li>{@code hex-mcp}: the Hex authorization URL is minted now, at click time (discovery, cached briefly; the
 *       client registered before if it can be reused, else a new registration; PKCE S256; a new 256-bit state
 *       bound to this attempt), and the browser is sent there (302). If Hex cannot be reached, the start token is
 *       given back so the link works again.</li>
 *   <li>{@code hex-api}: the personal-token page, on a one-time link bound to this attempt; storing the token
 *       completes it like a grant.</li>
 * </ul>
 */
@RestController
class ConnectStartController {

    private static final Logger log = LoggerFactory.getLogger(ConnectStartController.class);

    private final AuthorizationAttempts attempts;
    private final ConnectLinks links;
    private final CredentialStore store;
    private final HexMcpDiscovery discovery;
    private final HexOAuthClient oauth;
    private final Clock clock;

    ConnectStartController(AuthorizationAttempts attempts, ConnectLinks links, CredentialStore store,
            HexMcpDiscovery discovery, HexOAuthClient oauth, Optional<Clock> clock) {
        this.attempts = attempts;
        this.links = links;
        this.store = store;
        this.discovery = discovery;
        this.oauth = oauth;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/connect/start")
    Mono<ResponseEntity<String>> start(@RequestParam(name = "attempt", required = false) String startToken) {
        return Blocking.call(() -> attempts.start(startToken)).flatMap(state -> {
            if (!state.valid()) {
                return Mono.just(Pages.link(state.status()));
            }
            Attempt attempt = state.attempt();
            if (attempt.provider() == Provider.HEX_API) {
                return Blocking.call(() -> links.mintForAttempt(attempt.userKey(), Provider.HEX_API,
                                attempt.expiresAt(), attempt.id()))
                        .map(link -> Pages.form(HttpStatus.OK, attempt.userKey(), link.token(), null));
            }
            return authorizeAtHex(attempt);
        });
    }

    private Mono<ResponseEntity<String>> authorizeAtHex(Attempt attempt) {
        return discovery.server()
                .flatMap(server -> client(attempt, server).map(client -> {
                    String state = RandomTokens.newToken();
                    PreparedAuthorization request = oauth.prepareAuthorization(server, client, state);
                    return new Prepared(request, client);
                }))
                .flatMap(prepared -> Blocking.call(() -> {
                    attempts.authorizationRequested(attempt, prepared.request().state(),
                            prepared.request().codeVerifier(), prepared.client());
                    log.info("authorization attempt {} of user {}: sent to Hex's authorization server", attempt.id(),
                            attempt.userKey());
                    return ResponseEntity.status(HttpStatus.FOUND)
                            .location(prepared.request().authorizationUrl())
                            .cacheControl(CacheControl.noStore())
                            .header("Referrer-Policy", "no-referrer")
                            .<String>build();
                }))
                .onErrorResume(RuntimeException.class, e -> {
                    log.warn("authorization attempt {} of user {}: could not reach Hex to start: {}", attempt.id(),
                            attempt.userKey(), e.getMessage());
                    return Blocking.call(() -> {
                        attempts.release(attempt.id());
                        return Pages.authorizationProblem(HttpStatus.BAD_GATEWAY, "Hex could not be reached",
                                "hexgate could not reach Hex to start connecting your account. Open the same link"
                                        + " again in a moment.");
                    });
                });
    }

    /** The user's client at this server if it can be reused (their grant's, else their last attempt's), else new. */
    private Mono<ClientRegistration> client(Attempt attempt, DiscoveredServer server) {
        return Blocking.call(() -> {
            Optional<ClientRegistration> fromGrant = store.findHexMcp(attempt.userKey())
                    .map(stored -> StoredGrants.client(stored.credential()));
            if (fromGrant.isPresent() && reusable(fromGrant.get(), server)) {
                return fromGrant.get();
            }
            return attempts.latestClient(attempt.userKey(), server.issuer())
                    .filter(client -> reusable(client, server))
                    .orElse(null);
        }).switchIfEmpty(Mono.defer(() -> oauth.registration(server, null)));
    }

    private boolean reusable(ClientRegistration client, DiscoveredServer server) {
        return client.reusableFor(server, oauth.settings().redirectUri(), clock.instant());
    }

    private record Prepared(PreparedAuthorization request, ClientRegistration client) {
    }
}
