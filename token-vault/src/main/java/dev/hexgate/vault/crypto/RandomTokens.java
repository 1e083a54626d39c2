package dev.hexgate.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The vault's random tokens (link and start tokens, OAuth states, API keys) and how they are stored: 256 random bits,
 * base64url; looked up by SHA-256. A fast hash is right for them: they are random, so there is nothing to guess.
 */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** 256 random bits, base64url without padding (43 characters). */
    public static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** SHA-256 of the token's UTF-8 bytes: what is stored and looked up instead of the token. */
    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
