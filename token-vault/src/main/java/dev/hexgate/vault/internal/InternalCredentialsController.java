package dev.hexgate.vault.internal;

import dev.hexgate.vault.Blocking;
import dev.hexgate.vault.access.InternalApiFilter;
import dev.hexgate.vault.access.JsonErrors;
import dev.hexgate.vault.attempts.AuthorizationAttempts;
import dev.hexgate.vault.attempts.StartUrls;
import dev.hexgate.vault.credentials.Connection;
import dev.hexgate.vault.credentials.CredentialStore;
import dev.hexgate.vault.credentials.HexMcpCredential;
import dev.hexgate.vault.credentials.Provider;
import dev.hexgate.vault.credentials.UserKeys;
import dev.hexgate.vault.crypto.DecryptionFailedException;
import dev.hexgate.vault.grants.Disconnection;
import dev.hexgate.vault.grants.HexMcpRefresh;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The credentials other services fetch, over {@code /internal/**} (service tokens, see {@link InternalApiFilter}).
 * Tokens leave the vault only in these answers: never in logs or errors.
 *
 * <ul>
 *   <li>{@code GET /internal/credentials/{userKey}/hex-api}: {@code {"provider":"hex-api","token":…}}, or 404
 *       {@code authorization_required}.</li>
 *   <li>{@code GET /internal/credentials/{userKey}/hex-mcp}: {@code {"provider":"hex-mcp","accessToken":…,
 *       "expiresAt":…,"scopes":[…]}}: the stored token while it is good for longer than the expiry margin,
 *       refreshed first when it is not ({@link HexMcpRefresh}, single-flight); 404 {@code authorization_required}
 *       when the user never connected or Hex refused the refresh ({@code invalid_grant}: the grant is deleted);
 *       502 {@code refresh_failed} when Hex could not be asked (the grant is kept).</li>
 *   <li>{@code GET /internal/connections/{userKey}}:
 *       {@code {"accounts":[{"provider","connected","connectUrl","connectedAt"}]}}; a provider not connected comes
 *       with a fresh start URL.</li>
 *   <li>{@code DELETE /internal/credentials/{userKey}/{provider}}: revoke at Hex where it can, delete, publish;
 *       200 {@code {"provider","disconnected":true,"revokedAtHex":true|false|null}}, or 404 {@code not_found}.</li>
 * </ul>
 */
@RestController
@RequestMapping("/internal")
class InternalCredentialsController {

    private static final Logger log = LoggerFactory.getLogger(InternalCredentialsController.class);

    private final CredentialStore store;
    private final HexMcpRefresh refresh;
    private final Disconnection disconnection;
    private final AuthorizationAttempts attempts;
    private final StartUrls startUrls;

    InternalCredentialsController(CredentialStore store, HexMcpRefresh refresh, Disconnection disconnection,
            AuthorizationAttempts attempts, StartUrls startUrls) {
        this.store = store;
        this.refresh = refresh;
        this.disconnection = disconnection;
        this.attempts = attempts;
        this.startUrls = startUrls;
    }

    @GetMapping("/credentials/{userKey}/{provider}")
    Mono<ResponseEntity<Map<String, Object>>> credential(@PathVariable String userKey, @PathVariable String provider,
            ServerWebExchange exchange) {
        Optional<ResponseEntity<Map<String, Object>>> invalid = checkArguments(userKey, provider);
        if (invalid.isPresent()) {
            return Mono.just(invalid.get());
        }
        String service = exchange.getAttribute(InternalApiFilter.SERVICE_ATTRIBUTE);
        Provider which = Provider.byId(provider).orElseThrow();
        return Blocking.call(() -> which == Provider.HEX_API ? hexApi(userKey) : hexMcp(userKey))
                .doOnNext(answer -> log.debug("{} asked for the {} credential of user {}: {}", service, provider,
                        userKey, answer.getStatusCode()));
    }

    private ResponseEntity<Map<String, Object>> hexApi(String userKey) {
        return store.findHexApi(userKey)
                .map(stored -> {
                    store.markUsed(userKey, Provider.HEX_API);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("provider", Provider.HEX_API.id());
                    body.put("token", stored.credential().token());
                    return ResponseEntity.ok(body);
                })
                .orElseGet(() -> authorizationRequired(Provider.HEX_API, "No Hex API token is stored for this user."
                        + " Mint a connect link (POST /internal/connect-links) and send it to them."));
    }

    private ResponseEntity<Map<String, Object>> hexMcp(String userKey) {
        HexMcpRefresh.Outcome outcome = refresh.usableToken(userKey);
        if (outcome instanceof HexMcpRefresh.Usable usable) {
            HexMcpCredential credential = usable.credential();
            store.markUsed(userKey, Provider.HEX_MCP);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("provider", Provider.HEX_MCP.id());
            body.put("accessToken", credential.accessToken());
            body.put("expiresAt", credential.expiresAt() == null ? null : credential.expiresAt().toString());
            body.put("scopes", credential.scopes());
            return ResponseEntity.ok(body);
        }
        if (outcome instanceof HexMcpRefresh.RefreshFailed) {
            return JsonErrors.entity(HttpStatus.BAD_GATEWAY, "refresh_failed",
                    "The Hex MCP access token of this user has expired and Hex could not be asked for a new one;"
                            + " the grant is kept. Try again later.", Map.of("provider", Provider.HEX_MCP.id()));
        }
        boolean revoked = ((HexMcpRefresh.AuthorizationRequired) outcome).revokedNow();
        return authorizationRequired(Provider.HEX_MCP, revoked
                ? "Hex no longer accepts this user's grant (invalid_grant); it was deleted. Start an authorization"
                        + " attempt (POST /internal/authorization-attempts)."
                : "This user has not connected Hex MCP (no OAuth grant is stored). Start an authorization attempt"
                        + " (POST /internal/authorization-attempts).");
    }

    @DeleteMapping("/credentials/{userKey}/{provider}")
    Mono<ResponseEntity<Map<String, Object>>> delete(@PathVariable String userKey, @PathVariable String provider,
            ServerWebExchange exchange) {
        Optional<ResponseEntity<Map<String, Object>>> invalid = checkArguments(userKey, provider);
        if (invalid.isPresent()) {
            return Mono.just(invalid.get());
        }
        String service = exchange.getAttribute(InternalApiFilter.SERVICE_ATTRIBUTE);
        Provider which = Provider.byId(provider).orElseThrow();
        return Blocking.call(() -> disconnection.disconnect(userKey, which))
                .map(result -> {
                    if (!result.disconnected()) {
                        return JsonErrors.entity(HttpStatus.NOT_FOUND, "not_found",
                                "This user has no " + provider + " credential.");
                    }
                    log.info("{} disconnected the {} credential of user {} (revoked at Hex: {})", service, provider,
                            userKey, result.revokedAtHex());
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("provider", which.id());
                    body.put("disconnected", true);
                    body.put("revokedAtHex", result.revokedAtHex());
                    return ResponseEntity.ok(body);
                });
    }

    @GetMapping("/connections/{userKey}")
    Mono<ResponseEntity<Map<String, Object>>> connections(@PathVariable String userKey) {
        if (!UserKeys.isValid(userKey)) {
            return Mono.just(invalidUserKey());
        }
        return Blocking.call(() -> accounts(userKey, store.connections(userKey)));
    }

    /** Every provider; one not connected comes with a fresh start URL (an attempt with nothing parked). */
    private ResponseEntity<Map<String, Object>> accounts(String userKey, List<Connection> connections) {
        List<Map<String, Object>> accounts = connections.stream().map(c -> {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("provider", c.provider().id());
            account.put("connected", c.connected());
            account.put("connectUrl", c.connected() ? null
                    : startUrls.startUrl(attempts.create(userKey, c.provider(), null)));
            account.put("connectedAt", c.connectedAt() == null ? null : c.connectedAt().toString());
            return account;
        }).toList();
        return ResponseEntity.ok(Map.of("accounts", accounts));
    }

    /** A stored secret that does not decrypt is an operator's problem: said loudly, the row left alone. */
    @ExceptionHandler(DecryptionFailedException.class)
    ResponseEntity<Map<String, Object>> decryptionFailed(DecryptionFailedException e) {
        log.error("{}", e.getMessage());
        return JsonErrors.entity(HttpStatus.INTERNAL_SERVER_ERROR, "decryption_failed", e.getMessage(),
                Map.of("keyId", e.keyId()));
    }

    private static Optional<ResponseEntity<Map<String, Object>>> checkArguments(String userKey, String provider) {
        if (!UserKeys.isValid(userKey)) {
            return Optional.of(invalidUserKey());
        }
        if (Provider.byId(provider).isEmpty()) {
            return Optional.of(JsonErrors.entity(HttpStatus.BAD_REQUEST, "unknown_provider",
                    "provider is hex-mcp or hex-api"));
        }
        return Optional.empty();
    }

    private static ResponseEntity<Map<String, Object>> invalidUserKey() {
        return JsonErrors.entity(HttpStatus.BAD_REQUEST, "invalid_user_key",
                "a user key is 1 to " + UserKeys.MAX_LENGTH + " characters without whitespace");
    }

    private static ResponseEntity<Map<String, Object>> authorizationRequired(Provider provider, String message) {
        return JsonErrors.entity(HttpStatus.NOT_FOUND, "authorization_required", message,
                Map.of("provider", provider.id()));
    }
}
