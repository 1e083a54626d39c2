package dev.hexgate.emulator.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The client metadata of a registration request (RFC 7591 §2), validated. Metadata the server does not understand
 * is ignored, as RFC 7591 requires; what it understands must be well-formed and supported.
 */
record ClientMetadata(
        String clientName,
        List<String> redirectUris,
        List<String> grantTypes,
        List<String> responseTypes,
        String tokenEndpointAuthMethod,
        Set<String> scope) {

    private static final Set<String> AUTH_METHODS =
            Set.of(RegisteredClient.AUTH_NONE, RegisteredClient.AUTH_CLIENT_SECRET_POST);
    private static final Set<String> GRANT_TYPES =
            Set.of(RegisteredClient.GRANT_AUTHORIZATION_CODE, RegisteredClient.GRANT_REFRESH_TOKEN);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    static ClientMetadata parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalidMetadata("The request body must be a JSON object of client metadata");
        }
        String clientName = optionalString(body, "client_name");
        List<String> redirectUris = stringList(body, "redirect_uris", "invalid_redirect_uri");
        if (redirectUris == null || redirectUris.isEmpty()) {
            throw new OAuthException("invalid_redirect_uri", "redirect_uris must list at least one URI");
        }
        redirectUris.forEach(ClientMetadata::checkRedirectUri);

        List<String> grantTypes = orDefault(stringList(body, "grant_types", "invalid_client_metadata"),
                List.of(RegisteredClient.GRANT_AUTHORIZATION_CODE));
        if (!GRANT_TYPES.containsAll(grantTypes)) {
            throw invalidMetadata("grant_types may only contain authorization_code and refresh_token");
        }
        if (!grantTypes.contains(RegisteredClient.GRANT_AUTHORIZATION_CODE)) {
            throw invalidMetadata("grant_types must include authorization_code");
        }
        List<String> responseTypes = orDefault(stringList(body, "response_types", "invalid_client_metadata"),
                List.of("code"));
        if (!responseTypes.equals(List.of("code"))) {
            throw invalidMetadata("response_types must be [\"code\"]");
        }
        // RFC 7591 defaults to client_secret_basic, which this server does not offer; MCP clients register as
        // public clients, so an omitted method means "none" and the response says so.
        String authMethod = orDefault(optionalString(body, "token_endpoint_auth_method"), RegisteredClient.AUTH_NONE);
        if (!AUTH_METHODS.contains(authMethod)) {
            throw invalidMetadata("token_endpoint_auth_method must be none or client_secret_post");
        }
        Set<String> scope = Scopes.parse(optionalString(body, "scope"));
        if (!Scopes.allSupported(scope)) {
            throw invalidMetadata("scope may only contain " + String.join(" ", Scopes.SUPPORTED));
        }
        return new ClientMetadata(clientName, List.copyOf(redirectUris), List.copyOf(grantTypes),
                List.copyOf(responseTypes), authMethod, scope);
    }

    /** Absolute, no fragment; {@code https}, or plain {@code http} only to the local machine (OAuth 2.1 §2.3.1). */
    private static void checkRedirectUri(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalidRedirect("Not a valid URI: " + value);
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw invalidRedirect("redirect_uris must be absolute URIs with a host: " + value);
        }
        if (uri.getRawFragment() != null) {
            throw invalidRedirect("redirect_uris must not contain a fragment: " + value);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!(scheme.equals("https") || (scheme.equals("http") && loopback))) {
            throw invalidRedirect("redirect_uris must use https (http is allowed only for localhost, 127.0.0.1 "
                    + "and [::1]): " + value);
        }
    }

    private static String optionalString(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw invalidMetadata(name + " must be a string");
        }
        return node.stringValue();
    }

    private static List<String> stringList(JsonNode body, String name, String error) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new OAuthException(error, name + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node.values()) {
            if (!item.isString() || item.stringValue().isEmpty()) {
                throw new OAuthException(error, name + " must be an array of non-empty strings");
            }
            if (!values.contains(item.stringValue())) {
                values.add(item.stringValue());
            }
        }
        return values;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static OAuthException invalidMetadata(String description) {
        return new OAuthException("invalid_client_metadata", description);
    }

    private static OAuthException invalidRedirect(String description) {
        return new OAuthException("invalid_redirect_uri", description);
    }
}
