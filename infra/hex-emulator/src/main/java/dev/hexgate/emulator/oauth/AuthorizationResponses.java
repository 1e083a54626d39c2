package dev.hexgate.emulator.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Redirects back to the client with the authorization response in the query (RFC 6749 §4.1.2, RFC 9207). */
final class AuthorizationResponses {

    private AuthorizationResponses() {
    }

    static URI success(String redirectUri, String code, String state, String issuer) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", state);
        params.put("iss", issuer);
        return redirect(redirectUri, params);
    }

    static URI error(String redirectUri, String error, String description, String state, String issuer) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        params.put("state", state);
        params.put("iss", issuer);
        return redirect(redirectUri, params);
    }

    /** Appends to any query the registered URI already has; null values are left out. */
    private static URI redirect(String redirectUri, Map<String, String> params) {
        StringBuilder uri = new StringBuilder(redirectUri);
        char separator = redirectUri.indexOf('?') >= 0 ? '&' : '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null) {
                uri.append(separator).append(param.getKey()).append('=').append(encode(param.getValue()));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    // %20 rather than '+': not every client decodes '+' in a query as a space.
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
