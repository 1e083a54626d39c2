package dev.hexgate.gateway.tools.accounts;

import dev.hexgate.gateway.GatewayProperties;
import dev.hexgate.gateway.vault.TokenVaultHttp;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A caller's Hex accounts as token-vault keeps them: which are connected (with a one-time connect link for those
 * that are not) and disconnecting one. These calls never reach Hex through hexgate's command path: the vault is the
 * only holder of credentials, and it answers directly. Nothing here sees a credential.
 */
@Component
public class ConnectedAccounts {

    private final Optional<WebClient> vault;

    public ConnectedAccounts(GatewayProperties properties) {
        this.vault = properties.tokenVault().enabled()
                ? Optional.of(TokenVaultHttp.client(properties.tokenVault())) : Optional.empty();
    }

    /** {@code {"accounts":[{provider, connected, connectUrl?, connectedAt?}]}} for the user. */
    public Mono<JsonNode> list(String userKey) {
        String what = "listing your Hex accounts";
        return call(what, vault -> vault.get().uri("/internal/connections/{userKey}", userKey)
                .exchangeToMono(response -> answer(response, what)));
    }

    /**
     * Disconnects {@code provider}: {@code {provider, disconnected, revokedAtHex}}, or {@code disconnected: false}
     * when nothing was connected.
     */
    public Mono<JsonNode> disconnect(String userKey, String provider) {
        String what = "disconnecting your " + provider + " account";
        return call(what, vault -> vault.delete().uri("/internal/credentials/{userKey}/{provider}", userKey, provider)
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    if (status == 404 || status == 204) {
                        ObjectNode answer = JsonMapper.shared().createObjectNode().put("provider", provider)
                                .put("disconnected", status == 204);
                        answer.putNull("revokedAtHex");
                        return response.releaseBody().thenReturn((JsonNode) answer);
                    }
                    return answer(response, what);
                }));
    }

    /**
     * A one-time link that signs the user in to {@code provider} (again), with nothing parked: for when Hex stopped
     * accepting a sign-in that token-vault still holds, which {@link #list} shows as connected and so without a link.
     */
    public Mono<String> signInLink(String userKey, String provider) {
        String what = "starting a Hex sign-in";
        return call(what, vault -> vault.post().uri("/internal/authorization-attempts")
                .bodyValue(Map.of("userKey", userKey, "provider", provider))
                .exchangeToMono(response -> answer(response, what)))
                .map(answer -> answer.path("startUrl").asString(""))
                .filter(url -> !url.isBlank());
    }

    /**
     * Runs {@code request} against token-vault. No answer at all (unreachable, too slow) is worded like an error
     * answer, for the caller, rather than left to surface as a transport exception.
     */
    private Mono<JsonNode> call(String what, Function<WebClient, Mono<JsonNode>> request) {
        return vault.map(request)
                .map(answer -> answer.onErrorMap(e -> !(e instanceof AccountsUnavailableException),
                        e -> new AccountsUnavailableException("token-vault did not answer while " + what
                                + " (" + e.getClass().getSimpleName() + "). Try again shortly.")))
                .orElseGet(() -> Mono.error(new AccountsUnavailableException(
                        "This hexgate has no token-vault configured, so it keeps no Hex accounts per user.")));
    }

    private static Mono<JsonNode> answer(ClientResponse response, String what) {
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(JsonNode.class);
        }
        return response.releaseBody().then(Mono.error(new AccountsUnavailableException(
                "token-vault answered " + response.statusCode().value() + " while " + what + ". Try again shortly.")));
    }

    /** token-vault could not answer; the message is fit for the caller and names no secret. */
    public static final class AccountsUnavailableException extends RuntimeException {

        AccountsUnavailableException(String message) {
            super(message);
        }
    }
}
