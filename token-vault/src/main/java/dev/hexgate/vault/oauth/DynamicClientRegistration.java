package dev.hexgate.vault.oauth;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationErrorResponse;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * RFC 7591 dynamic client registration as a public client, the way MCP clients (and Junior's Hex plugin) register:
 * authorization code + refresh token grants, {@code token_endpoint_auth_method: none}, one redirect URI.
 */
final class DynamicClientRegistration {

    private static final Logger log = LoggerFactory.getLogger(DynamicClientRegistration.class);

    private final OAuthHttp http;
    private final Clock clock;

    DynamicClientRegistration(OAuthHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    Mono<ClientRegistration> register(DiscoveredServer server, URI redirectUri, String clientName) {
        if (!server.supportsRegistration()) {
            return Mono.error(new RegistrationNotSupportedException(server.issuer()));
        }
        ClientMetadata metadata = new ClientMetadata();
        metadata.setName(clientName);
        metadata.setRedirectionURI(redirectUri);
        metadata.setGrantTypes(new LinkedHashSet<>(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN)));
        metadata.setResponseTypes(Set.of(ResponseType.CODE));
        metadata.setTokenEndpointAuthMethod(ClientAuthenticationMethod.NONE);
        ClientRegistrationRequest request = new ClientRegistrationRequest(server.registrationEndpoint(), metadata,
                null);
        return http.send(request.toHTTPRequest(), "registering at " + server.registrationEndpoint())
                .map(response -> registration(server, redirectUri, response));
    }

    private ClientRegistration registration(DiscoveredServer server, URI redirectUri, HTTPResponse response) {
        ClientRegistrationResponse parsed;
        try {
            parsed = ClientRegistrationResponse.parse(response);
        } catch (ParseException e) {
            throw new RegistrationException("The registration endpoint " + server.registrationEndpoint()
                    + " answered HTTP " + response.getStatusCode() + " with something that is not a registration "
                    + "response: " + e.getMessage());
        }
        if (!parsed.indicatesSuccess()) {
            var error = ((ClientRegistrationErrorResponse) parsed).getErrorObject();
            throw new RegistrationException("The registration endpoint " + server.registrationEndpoint()
                    + " refused hexgate: HTTP " + response.getStatusCode() + " " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        ClientInformation client = parsed.toSuccessResponse().getClientInformation();
        Secret secret = client.getSecret();
        ClientAuthenticationMethod registered = client.getMetadata().getTokenEndpointAuthMethod();
        String method = TokenEndpointAuth.choose(registered == null ? null : registered.getValue(), secret != null,
                server.tokenEndpointAuthMethods());
        Instant now = clock.instant();
        boolean keepSecret = !method.equals(ClientRegistration.AUTH_NONE);
        ClientRegistration registration = new ClientRegistration(server.issuer(), client.getID().getValue(),
                keepSecret ? secret.getValue() : null, method, redirectUri, now,
                keepSecret && secret.getExpirationDate() != null ? secret.getExpirationDate().toInstant() : null);
        log.info("Registered client {} at {} ({})", registration.clientId(), server.issuer(), method);
        return registration;
    }
}
