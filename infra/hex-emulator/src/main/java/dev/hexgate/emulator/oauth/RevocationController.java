package dev.hexgate.emulator.oauth;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /oauth2/revoke} (RFC 7009). Answers 200 whether or not the token existed, was already revoked or
 * belongs to another client, so the endpoint tells nobody which tokens are valid; only a malformed request or
 * failed client authentication is an error. {@code token_type_hint} is accepted and not needed.
 */
@RestController
@CrossOrigin(origins = "*")
class RevocationController {

    private final ClientRegistry clients;
    private final OAuthTokenStore tokens;

    RevocationController(ClientRegistry clients, OAuthTokenStore tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @PostMapping(OAuthUrls.REVOKE_PATH)
    Mono<ResponseEntity<Void>> revoke(ServerWebExchange exchange) {
        OAuthEndpoints.requireForm(exchange);
        return exchange.getFormData().map(values -> {
            FormParameters form = new FormParameters(values);
            String token = form.required("token");
            RegisteredClient client = clients.authenticate(form, OAuthEndpoints.hasAuthorizationHeader(exchange));
            tokens.revoke(token, client.clientId());
            return OAuthEndpoints.noStore(ResponseEntity.ok()).<Void>build();
        });
    }

    @ExceptionHandler(OAuthException.class)
    ResponseEntity<OAuthError> error(OAuthException e) {
        return OAuthEndpoints.noStore(ResponseEntity.status(e.status())).body(e.body());
    }
}
