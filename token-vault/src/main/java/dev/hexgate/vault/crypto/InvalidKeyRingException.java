package dev.hexgate.vault.crypto;

/** The key ring configuration is unusable. The message names key ids and entry numbers, never key material. */
public class InvalidKeyRingException extends IllegalArgumentException {

    public InvalidKeyRingException(String message) {
        super(message);
    }
}
