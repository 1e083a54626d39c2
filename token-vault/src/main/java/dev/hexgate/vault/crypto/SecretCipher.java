package dev.hexgate.vault.crypto;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Encrypts secrets under the active key and decrypts them under whichever key of the ring made them. */
@Component
public class SecretCipher {

    private final KeyRing ring;

    public SecretCipher(KeyRing ring) {
        this.ring = ring;
    }

    public String activeKeyId() {
        return ring.activeKeyId();
    }

    public EncryptedValue encrypt(String plaintext, AssociatedData row) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return new EncryptedValue(ring.activeKeyId(),
                    ring.active().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), row.bytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption under key id " + ring.activeKeyId() + " failed for the "
                    + row.describe() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** @throws DecryptionFailedException naming the key id and the row; never returns garbage */
    public String decrypt(EncryptedValue value, AssociatedData row) {
        Aead aead = ring.aead(value.keyId()).orElseThrow(
                () -> new DecryptionFailedException(value.keyId(), row, DecryptionFailedException.Reason.UNKNOWN_KEY));
        try {
            return new String(aead.decrypt(value.ciphertext(), row.bytes()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException(value.keyId(), row, DecryptionFailedException.Reason.NOT_AUTHENTIC);
        }
    }
}
