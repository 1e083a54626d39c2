package dev.hexgate.vault.oauth;

/** Which token a revocation request names ({@code token_type_hint}, RFC 7009 §2.1). */
public enum TokenKind {
    ACCESS_TOKEN,
    REFRESH_TOKEN
}
