package dev.hexgate.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Opaque, unguessable values (256 random bits) for tokens, codes, client credentials and consent requests. */
final class SecureTokens {

    static final String ACCESS_TOKEN_PREFIX = "hxoa_";
    static final String REFRESH_TOKEN_PREFIX = "hxor_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureTokens() {
    }

    static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Constant-time comparison, so a secret's prefix cannot be found by timing. */
    static boolean same(String expected, String actual) {
        return expected != null && actual != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
