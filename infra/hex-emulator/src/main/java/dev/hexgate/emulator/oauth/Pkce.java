package dev.hexgate.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** PKCE (RFC 7636) with the only method the emulator, like Hex, supports: {@code S256}. */
final class Pkce {

    static final String S256 = "S256";
    /** {@code 43*128unreserved}, the grammar of both the verifier and the challenge. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

    private Pkce() {
    }

    static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** Whether {@code BASE64URL(SHA-256(verifier))} equals the challenge, compared in constant time. */
    static boolean matches(String verifier, String challenge) {
        if (!isWellFormed(verifier) || challenge == null) {
            return false;
        }
        byte[] expected = challengeOf(verifier).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, challenge.getBytes(StandardCharsets.US_ASCII));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
