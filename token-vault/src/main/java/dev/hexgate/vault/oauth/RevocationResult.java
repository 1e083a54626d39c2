package dev.hexgate.vault.oauth;

/** What a revocation request (RFC 7009) achieved. */
public enum RevocationResult {
    /** The authorization server accepted the request: the token is no longer valid (or never was). */
    REVOKED,
    /** The authorization server advertises no {@code revocation_endpoint}; the token stays valid until it expires. */
    NOT_SUPPORTED
}
