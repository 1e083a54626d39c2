package dev.hexgate.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hexgate.vault.TestVault;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The key ring and the cipher on real Tink AES-256-GCM: no database needed. */
class KeyRingTest {

    private static final String K1 = TestVault.newKey();
    private static final String K2 = TestVault.newKey();
    private static final AssociatedData ALICE = new AssociatedData("mcp:alice", "hex-api", "api-token");

    private final SecretCipher cipher = new SecretCipher(KeyRing.parse("k1:" + K1 + ", k2:" + K2, "k2"));

    @Test
    void encryptsUnderTheActiveKeyAndDecryptsBack() {
        EncryptedValue encrypted = cipher.encrypt("hxtp_secret_value", ALICE);

        assertThat(encrypted.keyId()).isEqualTo("k2");
        assertThat(new String(encrypted.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("hxtp_secret_value");
        assertThat(encrypted.toString()).doesNotContain(HexFormat.of().formatHex(encrypted.ciphertext()));
        assertThat(cipher.decrypt(encrypted, ALICE)).isEqualTo("hxtp_secret_value");
        // a fresh IV every time
        assertThat(cipher.encrypt("hxtp_secret_value", ALICE).ciphertext()).isNotEqualTo(encrypted.ciphertext());
    }

    @Test
    void readsWithEveryKeyInTheRing() {
        SecretCipher old = new SecretCipher(KeyRing.parse("k1:" + K1, null));
        EncryptedValue underK1 = old.encrypt("old secret", ALICE);

        assertThat(underK1.keyId()).isEqualTo("k1");
        assertThat(cipher.decrypt(underK1, ALICE)).isEqualTo("old secret");
    }

    @Test
    void aCiphertextMovedToAnotherRowDoesNotDecryptAndTheErrorNamesKeyIdAndRow() {
        EncryptedValue alices = cipher.encrypt("alice's token", ALICE);

        for (AssociatedData elsewhere : new AssociatedData[] {
                new AssociatedData("mcp:bob", "hex-api", "api-token"),
                new AssociatedData("mcp:alice", "hex-mcp", "api-token"),
                new AssociatedData("mcp:alice", "hex-api", "refresh-token")}) {
            assertThatThrownBy(() -> cipher.decrypt(alices, elsewhere))
                    .isInstanceOfSatisfying(DecryptionFailedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DecryptionFailedException.Reason.NOT_AUTHENTIC);
                        assertThat(e.keyId()).isEqualTo("k2");
                        assertThat(e.getMessage()).contains("key id k2").contains(elsewhere.describe())
                                .doesNotContain("alice's token");
                    });
        }
    }

    @Test
    void anUnknownKeyIdIsNamed() {
        EncryptedValue fromElsewhere = new SecretCipher(KeyRing.parse("k9:" + TestVault.newKey(), "k9"))
                .encrypt("x", ALICE);

        assertThatThrownBy(() -> cipher.decrypt(fromElsewhere, ALICE))
                .isInstanceOfSatisfying(DecryptionFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DecryptionFailedException.Reason.UNKNOWN_KEY);
                    assertThat(e.getMessage()).contains("key id k9 is not in the key ring")
                            .contains("api-token of user mcp:alice");
                });
    }

    @Test
    void otherKeyMaterialUnderTheSameIdIsRefusedNotMisread() {
        EncryptedValue underAnotherK2 = new SecretCipher(KeyRing.parse("k2:" + TestVault.newKey(), null))
                .encrypt("x", ALICE);

        assertThatThrownBy(() -> cipher.decrypt(underAnotherK2, ALICE))
                .isInstanceOfSatisfying(DecryptionFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecryptionFailedException.Reason.NOT_AUTHENTIC));
    }

    @Test
    void acceptsUrlSafeKeysWithoutPaddingAndOneKeyWithoutAnActiveId() {
        byte[] raw = Base64.getDecoder().decode(K1);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        KeyRing ring = KeyRing.parse("only:" + urlSafe, "  ");

        assertThat(ring.activeKeyId()).isEqualTo("only");
        // the same key bytes in both spellings decrypt each other's ciphertexts
        EncryptedValue value = new SecretCipher(ring).encrypt("same key", ALICE);
        assertThat(new SecretCipher(KeyRing.parse("only:" + K1, null)).decrypt(value, ALICE)).isEqualTo("same key");
    }

    @Test
    void badConfigurationIsRefusedNamingTheKeyIdNeverTheKey() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        assertRefused("k1:" + K1 + ",k2:" + sixteenBytes, "k1", "HEXGATE_ENCRYPTION_KEYS key k2 is 16 bytes", sixteenBytes);
        assertRefused("k1:" + K1 + ",k2:not*base64!", "k1", "key k2 is not base64", "not*base64!");
        assertRefused("k1:" + K1 + ",k1:" + K2, "k1", "names key id k1 twice", K2);
        assertRefused("k1:" + K1 + "," + K2, "k1", "entry 2 is not keyId:base64Key", K2);
        // a key where the id belongs: too long to pass for an id, so not echoed
        assertRefused(K2 + ":k2", "k2", "entry 1: a key id is 1 to 32", K2);
        assertRefused("k1:" + K1, "k3", "HEXGATE_ENCRYPTION_ACTIVE_KEY k3 is not in HEXGATE_ENCRYPTION_KEYS", K1);
        assertRefused("k1:" + K1, K2, "(not a valid key id; value not shown)", K2);
        assertRefused("k1:" + K1 + ",k2:" + K2, "", "must name the one to write with (one of k1, k2)", K1);
        assertRefused("  ", "k1", "HEXGATE_ENCRYPTION_KEYS is not set", K1);
    }

    private static void assertRefused(String keys, String active, String expected, String secret) {
        assertThatThrownBy(() -> KeyRing.parse(keys, active))
                .isInstanceOf(InvalidKeyRingException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret).doesNotContain(K1)
                        .doesNotContain(K2))
                .hasNoCause();
    }
}
