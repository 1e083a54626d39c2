package dev.hexgate.contracts.secrets;

import java.security.spec.MGF1ParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * The text form of one sealed secret: {@code hxsealed:v1:<keyId>:<wrappedKey>:<iv>:<ciphertext>} (base64url, no
 * padding). A fresh AES-256 key encrypts the value with AES-GCM, the place it belongs to (operation and JSON pointer)
 * as associated data; RSA-OAEP with SHA-256 wraps that key for the holder of the private key.
 */
final class SealedValue {

    static final String PREFIX = "hxsealed:v1:";
    static final String WRAP = "RSA/ECB/OAEPPadding";
    static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);
    static final String CIPHER = "AES/GCM/NoPadding";
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    private SealedValue() {
    }

    static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** Associated data: the value opens only where it was sealed. */
    static byte[] context(String operation, String pointer) {
        return (operation + "#" + pointer).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
