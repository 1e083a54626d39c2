package dev.hexgate.vault.crypto;

import java.util.Objects;

/**
 * A ciphertext and the id of the key that made it (12-byte IV, ciphertext, 16-byte tag, as Tink lays it out).
 *
 * @param keyId      stored in its own column, so that rows under an old key can be found
 * @param ciphertext never shown by {@link #toString()}
 */
public record EncryptedValue(String keyId, byte[] ciphertext) {

    public EncryptedValue {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    @Override
    public String toString() {
        return "EncryptedValue[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
