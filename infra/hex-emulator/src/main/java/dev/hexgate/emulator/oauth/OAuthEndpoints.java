package dev.hexgate.emulator.oauth;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/** Request checks and response headers shared by the token and revocation endpoints. */
final class OAuthEndpoints {

    private OAuthEndpoints() {
    }

    /** RFC 6749 §3.2: parameters travel as {@code application/x-www-form-urlencoded}, never JSON or query. */
    static void requireForm(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            throw OAuthException.invalidRequest("Send the parameters as application/x-www-form-urlencoded");
        }
    }

    static boolean hasAuthorizationHeader(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
    }

    /** Token responses, including errors, must not be cached (RFC 6749 §5.1). */
    static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder builder) {
        return builder.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
    }
}
