package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.oauth.AuthorizationErrors.ErrorPage;
import dev.hexgate.emulator.oauth.AuthorizationErrors.ErrorRedirect;
import dev.hexgate.emulator.oauth.AuthorizationRequest.Prompt;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Checks {@code GET /oauth2/authorize} parameters in the order RFC 6749 §4.1.2.1 demands: first the client and its
 * redirect URI (failures end on an error page), then everything else (failures go back to the client).
 */
@Component
class AuthorizationRequestValidator {

    private final ClientRegistry clients;
    private final OAuthUrls urls;

    AuthorizationRequestValidator(ClientRegistry clients, OAuthUrls urls) {
        this.clients = clients;
        this.urls = urls;
    }

    AuthorizationRequest validate(MultiValueMap<String, String> query) {
        FormParameters params = new FormParameters(query);
        String clientId = pageParameter(params, "client_id")
                .orElseThrow(() -> new ErrorPage("The request has no client_id."));
        RegisteredClient client = clients.find(clientId)
                .orElseThrow(() -> new ErrorPage("No client is registered with this client_id."));
        Optional<String> sentRedirect = pageParameter(params, "redirect_uri");
        String redirectUri = sentRedirect.orElseGet(() -> onlyRedirectUri(client));
        if (!client.redirectUris().contains(redirectUri)) {
            throw new ErrorPage("The redirect_uri does not exactly match any redirect URI the client registered.");
        }

        String state;
        try {
            state = params.optional("state").orElse(null);
        } catch (OAuthException e) {
            throw new ErrorRedirect(redirectUri, null, "invalid_request", e.getMessage());
        }
        try {
            requireCodeResponseType(params);
            return new AuthorizationRequest(client, redirectUri, sentRedirect.isPresent(), state,
                    codeChallenge(params), scopes(params, client), resource(query), prompt(params));
        } catch (OAuthException e) {
            throw new ErrorRedirect(redirectUri, state, e.error(), e.getMessage());
        }
    }

    private static Optional<String> pageParameter(FormParameters params, String name) {
        try {
            return params.optional(name);
        } catch (OAuthException e) {
            throw new ErrorPage("The request sends " + name + " more than once.");
        }
    }

    private static String onlyRedirectUri(RegisteredClient client) {
        if (client.redirectUris().size() != 1) {
            throw new ErrorPage("The request has no redirect_uri, and the client registered more than one.");
        }
        return client.redirectUris().get(0);
    }

    private static void requireCodeResponseType(FormParameters params) {
        if (!params.required("response_type").equals("code")) {
            throw new OAuthException("unsupported_response_type", "Only response_type=code is supported");
        }
    }

    private static String codeChallenge(FormParameters params) {
        String challenge = params.optional("code_challenge").orElseThrow(() ->
                OAuthException.invalidRequest("code_challenge is required (PKCE with S256)"));
        if (!params.optional("code_challenge_method").orElse("plain").equals(Pkce.S256)) {
            throw OAuthException.invalidRequest("code_challenge_method must be S256");
        }
        if (!Pkce.isWellFormed(challenge)) {
            throw OAuthException.invalidRequest("code_challenge must be the base64url SHA-256 of the verifier");
        }
        return challenge;
    }

    private static Set<String> scopes(FormParameters params, RegisteredClient client) {
        Set<String> requested = Scopes.parse(params.optional("scope").orElse(null));
        if (requested.isEmpty()) {
            return client.scope().isEmpty() ? Scopes.DEFAULT : client.scope();
        }
        if (!Scopes.allSupported(requested)) {
            throw new OAuthException("invalid_scope", "Supported scopes: " + String.join(" ", Scopes.SUPPORTED));
        }
        if (!client.allowsScopes(requested)) {
            throw new OAuthException("invalid_scope", "The client did not register all requested scopes");
        }
        return requested;
    }

    /** RFC 8707 allows several resource parameters; the only protected resource here is {@code /mcp}. */
    private String resource(MultiValueMap<String, String> query) {
        List<String> values = query.getOrDefault("resource", List.of()).stream()
                .filter(v -> v != null && !v.isEmpty())
                .distinct()
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 || !values.get(0).equals(urls.mcpResource())) {
            throw new OAuthException("invalid_target", "resource must be " + urls.mcpResource());
        }
        return values.get(0);
    }

    private static Prompt prompt(FormParameters params) {
        Set<String> prompts = Arrays.stream(params.optional("prompt").orElse("").split(" "))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toSet());
        if (prompts.contains("none")) {
            if (prompts.size() > 1) {
                throw OAuthException.invalidRequest("prompt=none cannot be combined with other values");
            }
            return Prompt.NONE;
        }
        boolean page = prompts.contains("consent") || prompts.contains("login") || prompts.contains("select_account");
        return page ? Prompt.PAGE : Prompt.DEFAULT;
    }
}
