package dev.hexgate.emulator.oauth;

import java.util.Set;

/**
 * A validated authorization request, kept server-side while the consent page is open and copied into the code.
 *
 * @param redirectUriSent whether the client sent {@code redirect_uri} (it may omit it when it registered exactly
 *     one); if it did, the token request must repeat it (OAuth 2.1 §4.1.3)
 * @param state echoed to the client unchanged; null when not sent
 * @param resource the RFC 8707 resource indicator; null when not sent
 */
record AuthorizationRequest(
        RegisteredClient client,
        String redirectUri,
        boolean redirectUriSent,
        String state,
        String codeChallenge,
        Set<String> scopes,
        String resource,
        Prompt prompt) {

    AuthorizationRequest {
        scopes = Set.copyOf(scopes);
    }

    /** The OpenID Connect {@code prompt} parameter, reduced to what the emulator acts on. */
    enum Prompt {
        /** No prompt: the consent page, unless auto-approve is configured. */
        DEFAULT,
        /** {@code prompt=consent} (or {@code login}, {@code select_account}): always the consent page. */
        PAGE,
        /** {@code prompt=none}: never a page; fails with {@code consent_required} unless auto-approve is on. */
        NONE
    }
}
