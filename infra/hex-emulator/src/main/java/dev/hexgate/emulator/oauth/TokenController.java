package dev.hexgate.emulator.oauth;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /oauth2/token}: the {@code authorization_code} (with PKCE) and {@code refresh_token} grants. Success
 * and error responses are never cacheable (RFC 6749 §5.1).
 */
@RestController
@CrossOrigin(origins = "*")
class TokenController {

    private final ClientRegistry clients;
    private final TokenGrants grants;

    TokenController(ClientRegistry clients, TokenGrants grants) {
        this.clients = clients;
        this.grants = grants;
    }

    @PostMapping(OAuthUrls.TOKEN_PATH)
    Mono<ResponseEntity<TokenResponse>> token(ServerWebExchange exchange) {
        OAuthEndpoints.requireForm(exchange);
        return exchange.getFormData().map(values -> {
            FormParameters form = new FormParameters(values);
            String grantType = form.required("grant_type");
            RegisteredClient client = clients.authenticate(form, OAuthEndpoints.hasAuthorizationHeader(exchange));
            TokenResponse response;
            if (grantType.equals(RegisteredClient.GRANT_AUTHORIZATION_CODE)) {
                requireGrant(client, grantType);
                response = grants.authorizationCode(client, form);
            } else if (grantType.equals(RegisteredClient.GRANT_REFRESH_TOKEN)) {
                requireGrant(client, grantType);
                response = grants.refreshToken(client, form);
            } else {
                throw new OAuthException("unsupported_grant_type",
                        "Supported grant types: authorization_code, refresh_token");
            }
            return OAuthEndpoints.noStore(ResponseEntity.ok()).body(response);
        });
    }

    private static void requireGrant(RegisteredClient client, String grantType) {
        if (!client.allowsGrant(grantType)) {
            throw new OAuthException("unauthorized_client", "The client did not register the " + grantType
                    + " grant type");
        }
    }

    @ExceptionHandler(OAuthException.class)
    ResponseEntity<OAuthError> error(OAuthException e) {
        return OAuthEndpoints.noStore(ResponseEntity.status(e.status())).body(e.body());
    }
}
