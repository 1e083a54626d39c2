package dev.hexgate.gateway.auth;

import dev.hexgate.gateway.GatewayProperties;
import dev.hexgate.gateway.vault.TokenVaultHttp;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys issued by token-vault: asks its {@code POST /internal/api-keys/verify} and remembers the answer briefly,
 * accepted keys for {@code cache-ttl}, unknown or revoked ones for {@code negative-cache-ttl}, so a burst of calls
 * with one key costs one request. A revoked key therefore works here for at most {@code cache-ttl} more.
 *
 * <p>The cache is keyed by the key's SHA-256, never by the key. It holds at most {@value #MAX_ENTRIES} entries
 * (expired ones go first; if that is not enough, everything goes): a flood of made-up keys cannot grow it without
 * bound. When token-vault gives no answer, the check fails with {@link ApiKeyCheckUnavailableException} and nothing
 * is cached.
 */
public class TokenVaultApiKeys implements ApiKeyAuthenticator {

    static final int MAX_ENTRIES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(TokenVaultApiKeys.class);

    private record Cached(Optional<Caller> caller, long expiresAtNanos) {
    }

    private final WebClient vault;
    private final GatewayProperties.TokenVault settings;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public TokenVaultApiKeys(GatewayProperties.TokenVault settings) {
        this(settings, System::nanoTime);
    }

    TokenVaultApiKeys(GatewayProperties.TokenVault settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.vault = TokenVaultHttp.client(settings);
        if (settings.serviceToken() == null) {
            log.warn("no service token for token-vault (hexgate.gateway.token-vault.service-token): it will refuse"
                    + " every API key check");
        }
    }

    @Override
    public Mono<Caller> authenticate(String apiKey) {
        String digest = ConfiguredApiKeys.digest(apiKey);
        Cached cached = cache.get(digest);
        if (cached != null && cached.expiresAtNanos - nanoTime.getAsLong() > 0) {
            return Mono.justOrEmpty(cached.caller);
        }
        return ask(apiKey)
                .doOnNext(answer -> remember(digest, answer))
                .flatMap(Mono::justOrEmpty);
    }

    private Mono<Optional<Caller>> ask(String apiKey) {
        return vault.post().uri("/internal/api-keys/verify")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("apiKey", apiKey))
                .exchangeToMono(this::read)
                .timeout(settings.timeout().multipliedBy(2))
                .onErrorMap(e -> !(e instanceof ApiKeyCheckUnavailableException), e -> new ApiKeyCheckUnavailableException(
                        "token-vault did not answer an API key check (" + e.getClass().getSimpleName() + ")", e));
    }

    private Mono<Optional<Caller>> read(ClientResponse response) {
        int status = response.statusCode().value();
        return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).flatMap(body -> {
            JsonNode json = parse(body);
            String error = json.path("error").asString("");
            if (status == 200 && json.hasNonNull("user")) {
                return Mono.just(Optional.of(new Caller(json.get("user").asString())));
            }
            if (status == 401 && "invalid_api_key".equals(error)) {
                return Mono.just(Optional.<Caller>empty());
            }
            // e.g. 401 "unauthorized": token-vault does not know this gateway's service token
            return Mono.error(new ApiKeyCheckUnavailableException(
                    "token-vault answered an API key check with " + status + (error.isEmpty() ? "" : " " + error),
                    null));
        });
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JsonMapper.shared().readTree(body);
        } catch (RuntimeException notJson) {
            return JsonMapper.shared().createObjectNode();
        }
    }

    private void remember(String digest, Optional<Caller> answer) {
        Duration ttl = answer.isPresent() ? settings.cacheTtl() : settings.negativeCacheTtl();
        long now = nanoTime.getAsLong();
        if (cache.size() >= MAX_ENTRIES) {
            for (Iterator<Cached> it = cache.values().iterator(); it.hasNext(); ) {
                if (it.next().expiresAtNanos - now <= 0) {
                    it.remove();
                }
            }
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
        }
        cache.put(digest, new Cached(answer, now + ttl.toNanos()));
    }

    int cachedEntries() {
        return cache.size();
    }
}
