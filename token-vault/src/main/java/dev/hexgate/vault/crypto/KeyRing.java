package dev.hexgate.vault.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The encryption keys, by key id, and which one writes. Every key is AES-256-GCM (Tink) from 32 raw bytes. Readers
 * accept every key in the ring, so rotation is two steps: add the new key everywhere, then make it active; the
 * re-encryption sweep then moves old rows over, after which the old key can leave the ring.
 *
 * <p>Tink's keys carry no output prefix here ({@link AesGcmParameters.Variant#NO_PREFIX}): the key id is stored
 * beside each ciphertext instead, where the sweep can select on it.
 */
public final class KeyRing {

    public static final String KEYS_VARIABLE = "HEXGATE_ENCRYPTION_KEYS";
    public static final String ACTIVE_VARIABLE = "HEXGATE_ENCRYPTION_ACTIVE_KEY";

    /** Short enough that no base64 32-byte key (43+ characters) can pass for an id and be echoed in a message. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final int KEY_BYTES = 32;

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD key types did not register", e);
        }
    }

    private final Map<String, Aead> aeads;
    private final String activeKeyId;

    private KeyRing(Map<String, Aead> aeads, String activeKeyId) {
        this.aeads = Collections.unmodifiableMap(aeads);
        this.activeKeyId = activeKeyId;
    }

    /**
     * Reads {@code keyId:base64Key,keyId:base64Key,...}. The active key id may be blank when the ring holds exactly
     * one key. Every problem is an {@link InvalidKeyRingException} naming the key id (or, where the id itself is
     * unreadable, the entry's position), never the key.
     */
    public static KeyRing parse(String keys, String activeKeyId) {
        if (keys == null || keys.isBlank()) {
            throw new InvalidKeyRingException(KEYS_VARIABLE + " is not set: token-vault needs at least one key, as "
                    + "keyId:base64Key with 32 random bytes per key (e.g. k1:$(openssl rand -base64 32))");
        }
        Map<String, byte[]> raw = new LinkedHashMap<>();
        String[] entries = keys.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int position = i + 1;
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new InvalidKeyRingException(KEYS_VARIABLE + " entry " + position
                        + " is not keyId:base64Key (entry not shown)");
            }
            String keyId = entry.substring(0, colon).trim();
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new InvalidKeyRingException(KEYS_VARIABLE + " entry " + position + ": a key id is 1 to 32 "
                        + "letters, digits, '.', '_' or '-', starting with a letter or digit (entry not shown)");
            }
            if (raw.containsKey(keyId)) {
                throw new InvalidKeyRingException(KEYS_VARIABLE + " names key id " + keyId + " twice");
            }
            raw.put(keyId, decode(keyId, entry.substring(colon + 1).trim()));
        }
        if (raw.isEmpty()) {
            throw new InvalidKeyRingException(KEYS_VARIABLE + " holds no key");
        }
        String active = activeKeyId == null ? "" : activeKeyId.trim();
        if (active.isEmpty()) {
            if (raw.size() > 1) {
                throw new InvalidKeyRingException(ACTIVE_VARIABLE + " is not set; with several keys it must name "
                        + "the one to write with (one of " + String.join(", ", raw.keySet()) + ")");
            }
            active = raw.keySet().iterator().next();
        }
        if (!raw.containsKey(active)) {
            throw new InvalidKeyRingException(ACTIVE_VARIABLE + " " + describeId(active) + " is not in "
                    + KEYS_VARIABLE + " (key ids: " + String.join(", ", raw.keySet()) + ")");
        }
        return of(raw, active);
    }

    /** A ring from raw 32-byte keys. */
    public static KeyRing of(Map<String, byte[]> keys, String activeKeyId) {
        Map<String, Aead> aeads = new LinkedHashMap<>();
        keys.forEach((keyId, bytes) -> aeads.put(keyId, aead(keyId, bytes)));
        if (!aeads.containsKey(activeKeyId)) {
            throw new InvalidKeyRingException("the active key id " + describeId(activeKeyId) + " is not in the ring");
        }
        return new KeyRing(aeads, activeKeyId);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return aeads.keySet();
    }

    Aead active() {
        return aeads.get(activeKeyId);
    }

    Optional<Aead> aead(String keyId) {
        return Optional.ofNullable(aeads.get(keyId));
    }

    private static byte[] decode(String keyId, String base64) {
        byte[] bytes;
        try {
            // URL-safe keys have '-' or '_', standard ones '+' or '/'; padding is optional in both
            bytes = base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(base64) : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            // the decoder's message quotes the offending character, so it is not passed on
            throw new InvalidKeyRingException(KEYS_VARIABLE + " key " + keyId + " is not base64 (value not shown)");
        }
        if (bytes.length != KEY_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new InvalidKeyRingException(KEYS_VARIABLE + " key " + keyId + " is " + length
                    + " bytes; AES-256-GCM needs exactly " + KEY_BYTES + " (value not shown)");
        }
        return bytes;
    }

    private static Aead aead(String keyId, byte[] bytes) {
        try {
            AesGcmParameters parameters = AesGcmParameters.builder()
                    .setKeySizeBytes(KEY_BYTES)
                    .setIvSizeBytes(12)
                    .setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
            AesGcmKey key = AesGcmKey.builder()
                    .setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))
                    .build();
            KeysetHandle handle = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                    .build();
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyRingException("key " + keyId + " is not a usable AES-256-GCM key (" 
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** An id the user configured is shown only when it looks like an id, so a misplaced key is never echoed. */
    private static String describeId(String keyId) {
        return KEY_ID.matcher(keyId).matches() ? keyId : "(not a valid key id; value not shown)";
    }

    @Override
    public String toString() {
        return "KeyRing[keyIds=" + aeads.keySet() + ", active=" + activeKeyId + "]";
    }
}
