package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.state.Resettable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Clients registered since start (or the last reset); there are no pre-registered clients. */
@Component
class ClientRegistry implements Resettable {

    private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();
    private final OAuthClock clock;

    ClientRegistry(OAuthClock clock) {
        this.clock = clock;
    }

    RegisteredClient register(ClientMetadata metadata) {
        String clientId = UUID.randomUUID().toString();
        String secret = RegisteredClient.AUTH_CLIENT_SECRET_POST.equals(metadata.tokenEndpointAuthMethod())
                ? SecureTokens.random("")
                : null;
        RegisteredClient client = new RegisteredClient(clientId, secret, clock.now(), metadata.clientName(),
                metadata.redirectUris(), metadata.grantTypes(), metadata.responseTypes(),
                metadata.tokenEndpointAuthMethod(), metadata.scope());
        byId.put(clientId, client);
        return client;
    }

    Optional<RegisteredClient> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(byId.get(clientId));
    }

    /**
     * Client authentication at the token and revocation endpoints: public clients identify themselves with
     * {@code client_id}; {@code client_secret_post} clients must also send their secret.
     *
     * @param viaHeader whether the request carried an {@code Authorization} header; RFC 6749 §5.2 then requires
     *     401 instead of 400 for {@code invalid_client}
     */
    RegisteredClient authenticate(FormParameters form, boolean viaHeader) {
        HttpStatus status = viaHeader ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
        String clientId = form.optional("client_id").orElseThrow(() -> new OAuthException("invalid_client",
                "Missing client_id; this server authenticates clients with client_id (and client_secret) in the "
                        + "form body", status));
        RegisteredClient client = find(clientId).orElseThrow(() ->
                new OAuthException("invalid_client", "Unknown client_id", status));
        Optional<String> secret = form.optional("client_secret");
        if (client.isPublic()) {
            if (secret.isPresent()) {
                throw new OAuthException("invalid_client", "Public client must not send a client_secret", status);
            }
        } else if (!SecureTokens.same(client.clientSecret(), secret.orElse(null))) {
            throw new OAuthException("invalid_client", "Client authentication failed", status);
        }
        return client;
    }

    @Override
    public void reset() {
        byId.clear();
    }
}
