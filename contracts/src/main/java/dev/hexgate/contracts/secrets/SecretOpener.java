package dev.hexgate.contracts.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Opens values sealed by a {@link SecretSealer} with the matching public key. Only hex-api-service holds one. */
public final class SecretOpener {

    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    private final PrivateKey key;
    private final String keyId;

    private SecretOpener(PrivateKey key) {
        this.key = key;
        this.keyId = SealingKeys.keyId(SealingKeys.publicKeyOf(key));
    }

    /** @param privateKeyBase64 see {@link SealingKeys} for the encoding */
    public static SecretOpener of(String privateKeyBase64) {
        return new SecretOpener(SealingKeys.privateKey(privateKeyBase64));
    }

    public String keyId() {
        return keyId;
    }

    /**
     * The plaintext of a value sealed for the argument at {@code pointer} of {@code operation}.
     *
     * @throws SealedValueException naming the key id and the pointer (never the value) when it cannot be opened
     */
    public String open(String sealed, String operation, String pointer) {
        if (!SealedValue.isSealed(sealed)) {
            throw new SealedValueException("the value at " + pointer + " is not sealed");
        }
        String[] parts = sealed.substring(SealedValue.PREFIX.length()).split(":", -1);
        if (parts.length != 4) {
            throw new SealedValueException("the sealed value at " + pointer + " is malformed");
        }
        if (!parts[0].equals(keyId)) {
            throw new SealedValueException("the value at " + pointer + " was sealed for key " + parts[0]
                    + ", but this service holds key " + keyId);
        }
        try {
            Cipher rsa = Cipher.getInstance(SealedValue.WRAP);
            rsa.init(Cipher.DECRYPT_MODE, key, SealedValue.OAEP);
            byte[] contentKey = rsa.doFinal(B64.decode(parts[1]));
            Cipher aes = Cipher.getInstance(SealedValue.CIPHER);
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"),
                    new GCMParameterSpec(SealedValue.TAG_BITS, B64.decode(parts[2])));
            aes.updateAAD(SealedValue.context(operation, pointer));
            return new String(aes.doFinal(B64.decode(parts[3])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedValueException("the sealed value at " + pointer + " of " + operation
                    + " does not open with key " + keyId + " (changed, or sealed for another place)", e);
        }
    }
}
