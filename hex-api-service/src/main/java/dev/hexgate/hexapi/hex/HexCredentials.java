package dev.hexgate.hexapi.hex;

import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.hexapi.vault.TokenVaultClient;
import dev.hexgate.hexapi.vault.TokenVaultProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Chooses the Hex REST credential for a command (DESIGN.md §5): the user's own personal token from token-vault
 * first; then the deployment's workspace token, only where {@code hexgate.hex-api.allow-workspace-token} permits
 * it; otherwise the user must connect an account, and token-vault parks the command until they do.
 */
@Component
public class HexCredentials {

    /** A token to call Hex with, or the reason there is none (and, if token-vault could mint one, a start URL). */
    public record RestCredential(String token, String startUrl) {

        static RestCredential of(String token) {
            return new RestCredential(token, null);
        }

        static RestCredential missing(String startUrl) {
            return new RestCredential(null, startUrl);
        }

        public boolean present() {
            return token != null;
        }

        /** Never prints the token. */
        @Override
        public String toString() {
            return present() ? "RestCredential[token=(set)]" : "RestCredential[missing, startUrl=" + startUrl + "]";
        }
    }

    private final HexApiProperties properties;
    private final Optional<TokenVaultClient> vault;

    public HexCredentials(HexApiProperties properties, TokenVaultProperties vault) {
        this.properties = properties;
        this.vault = vault.configured() ? Optional.of(new TokenVaultClient(WebClient.builder(), vault))
                : Optional.empty();
    }

    /**
     * The credential for {@code command}'s user. Without one, and with token-vault configured, the command is
     * parked there and the answer carries the link that connects a personal token. Fails with a
     * {@link TokenVaultClient.TokenVaultException} when token-vault cannot be asked.
     */
    public Mono<RestCredential> restCredential(CommandRequested command) {
        Mono<Optional<String>> own = vault.map(v -> v.personalToken(command.userKey()))
                .orElse(Mono.just(Optional.empty()));
        return own.flatMap(token -> {
            if (token.isPresent()) {
                return Mono.just(RestCredential.of(token.get()));
            }
            if (properties.allowWorkspaceToken() && properties.hasWorkspaceToken()) {
                return Mono.just(RestCredential.of(properties.workspaceToken()));
            }
            return vault.map(v -> v.startAuthorization(command, TokenVaultClient.HEX_API).map(RestCredential::missing))
                    .orElse(Mono.just(RestCredential.missing(null)));
        });
    }
}
