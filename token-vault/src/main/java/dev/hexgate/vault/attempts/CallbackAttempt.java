package dev.hexgate.vault.attempts;

import dev.hexgate.vault.oauth.ClientRegistration;

/**
 * An attempt whose state a callback just consumed, with what the code exchange needs. {@link #toString()} hides
 * the verifier.
 */
public record CallbackAttempt(Attempt attempt, String codeVerifier, ClientRegistration client) {

    @Override
    public String toString() {
        return "CallbackAttempt[" + attempt + ", client=" + client + "]";
    }
}
