package dev.hexgate.hexapi.hex;

import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.hexapi.operations.CredentialKind;
import dev.hexgate.hexapi.vault.TokenVaultClient;
import dev.hexgate.hexapi.vault.TokenVaultProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Chooses the Hex credential for a command (DESIGN.md §5), by the kind its operation needs:
 * <ul>
 *   <li>{@link CredentialKind#HEX_API} (REST): the user's own personal token from token-vault first; then the
 *       deployment's workspace token, only where {@code hexgate.hex-api.allow-workspace-token} permits it;</li>
 *   <li>{@link CredentialKind#HEX_MCP} (threads): the user's own Hex MCP OAuth access token from token-vault, only.
 *       Never the workspace token: a thread is always the signed-in user's.</li>
 * </ul>
 * Otherwise the user must connect an account, and token-vault parks the command until they do (the answer carries
 * the link, for the provider the operation needs). A command whose caller waits only a bounded time for a thread's
 * answer ({@code ask_hex}: it carries {@code timeout_seconds}) is not parked: by the time the user has connected,
 * nobody waits any more, and running it then would start a Hex thread (and spend Hex credits) for no one. Its
 * caller is told to ask again instead.
 */
@Component
public class HexCredentials {

    /**
     * A token to call Hex with, or the reason there is none (and, if token-vault could mint one, a start URL, and
     * whether the command was parked with it to run by itself once the user connects).
     */
    public record Credential(CredentialKind kind, String token, String startUrl, boolean parked) {

        static Credential of(CredentialKind kind, String token) {
            return new Credential(kind, token, null, false);
        }

        static Credential missing(CredentialKind kind, String startUrl, boolean parked) {
            return new Credential(kind, null, startUrl, parked);
        }

        public boolean present() {
            return token != null;
        }

        /** Never prints the token. */
        @Override
        public String toString() {
            return present() ? "Credential[" + kind + ", token=(set)]"
                    : "Credential[" + kind + ", missing, startUrl=" + startUrl + "]";
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
     * The credential of {@code kind} for {@code command}'s user. Without one, and with token-vault configured, the
     * command is parked there and the answer carries the link that connects the account. Fails with a
     * {@link TokenVaultClient.TokenVaultException} when token-vault cannot be asked, and with its
     * {@link TokenVaultClient.RefreshFailedException} when it could not renew a Hex MCP token.
     */
    public Mono<Credential> forCommand(CommandRequested command, CredentialKind kind) {
        return kind == CredentialKind.HEX_MCP ? mcpCredential(command) : restCredential(command);
    }

    private Mono<Credential> restCredential(CommandRequested command) {
        Mono<Optional<String>> own = vault.map(v -> v.personalToken(command.userKey()))
                .orElse(Mono.just(Optional.empty()));
        return own.flatMap(token -> {
            if (token.isPresent()) {
                return Mono.just(Credential.of(CredentialKind.HEX_API, token.get()));
            }
            if (properties.allowWorkspaceToken() && properties.hasWorkspaceToken()) {
                return Mono.just(Credential.of(CredentialKind.HEX_API, properties.workspaceToken()));
            }
            return missing(command, CredentialKind.HEX_API, TokenVaultClient.HEX_API);
        });
    }

    private Mono<Credential> mcpCredential(CommandRequested command) {
        if (vault.isEmpty()) {
            return Mono.just(Credential.missing(CredentialKind.HEX_MCP, null, false));
        }
        return vault.get().mcpAccessToken(command.userKey()).flatMap(token -> token.isPresent()
                ? Mono.just(Credential.of(CredentialKind.HEX_MCP, token.get()))
                : missing(command, CredentialKind.HEX_MCP, TokenVaultClient.HEX_MCP));
    }

    private Mono<Credential> missing(CommandRequested command, CredentialKind kind, String provider) {
        boolean park = !callerWaitsBriefly(command);
        return vault.map(v -> v.startAuthorization(command, provider, park)
                        .map(url -> Credential.missing(kind, url, park)))
                .orElse(Mono.just(Credential.missing(kind, null, false)));
    }

    /**
     * A link that signs the user in to Hex MCP again, for when Hex refused the stored sign-in (expired at Hex, or
     * revoked there). Nothing is parked with it: the refused command may already be in the ledger as failed, and a
     * parked copy would only repeat that failure. Empty when token-vault is not configured or cannot be asked now.
     */
    public Mono<Optional<String>> signInAgainUrl(CommandRequested command) {
        return vault.map(v -> v.startAuthorization(command, TokenVaultClient.HEX_MCP, false)
                        .map(Optional::of)
                        .onErrorResume(TokenVaultClient.TokenVaultException.class, e -> Mono.just(Optional.empty())))
                .orElse(Mono.just(Optional.empty()));
    }

    /** ask_hex's commands carry how long their caller waits; the plain tools' never do. */
    private static boolean callerWaitsBriefly(CommandRequested command) {
        return command.arguments() != null && command.arguments().hasNonNull("timeout_seconds");
    }
}
