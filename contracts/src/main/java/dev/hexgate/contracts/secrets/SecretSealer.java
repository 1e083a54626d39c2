package dev.hexgate.contracts.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Seals secrets for hex-api-service with its public key. Holds no key that could open them again. */
public final class SecretSealer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicKey key;
    private final String keyId;

    private SecretSealer(PublicKey key) {
        this.key = key;
        this.keyId = SealingKeys.keyId(key);
    }

    /** @param publicKeyBase64 see {@link SealingKeys} for the encoding */
    public static SecretSealer of(String publicKeyBase64) {
        return new SecretSealer(SealingKeys.publicKey(publicKeyBase64));
    }

    public String keyId() {
        return keyId;
    }

    /** Seals {@code plaintext} for the argument at {@code pointer} of {@code operation}. */
    public String seal(String plaintext, String operation, String pointer) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey contentKey = generator.generateKey();
            byte[] iv = new byte[SealedValue.IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance(SealedValue.CIPHER);
            aes.init(Cipher.ENCRYPT_MODE, contentKey, new GCMParameterSpec(SealedValue.TAG_BITS, iv));
            aes.updateAAD(SealedValue.context(operation, pointer));
            byte[] ciphertext = aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Cipher rsa = Cipher.getInstance(SealedValue.WRAP);
            rsa.init(Cipher.ENCRYPT_MODE, key, SealedValue.OAEP);
            byte[] wrapped = rsa.doFinal(contentKey.getEncoded());
            return SealedValue.PREFIX + keyId + ":" + B64.encodeToString(wrapped) + ":" + B64.encodeToString(iv)
                    + ":" + B64.encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }
}
