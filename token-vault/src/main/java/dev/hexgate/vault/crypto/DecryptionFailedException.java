package dev.hexgate.vault.crypto;

/**
 * A stored secret could not be decrypted. Names the key id and the row, so an operator can tell a key missing from
 * the ring from a ciphertext that does not belong to its row. The row is never deleted because of this: the secret
 * may come back once the right key is configured.
 */
public class DecryptionFailedException extends RuntimeException {

    /** Why it failed. */
    public enum Reason {
        /** The key id stored with the ciphertext is not in the key ring. */
        UNKNOWN_KEY,
        /** The key is there but the ciphertext does not authenticate: other key material under the same id, a
         * ciphertext moved from another row, or altered bytes. */
        NOT_AUTHENTIC
    }

    private final String keyId;
    private final AssociatedData row;
    private final Reason reason;

    public DecryptionFailedException(String keyId, AssociatedData row, Reason reason) {
        super(message(keyId, row, reason));
        this.keyId = keyId;
        this.row = row;
        this.reason = reason;
    }

    private static String message(String keyId, AssociatedData row, Reason reason) {
        return switch (reason) {
            case UNKNOWN_KEY -> "cannot decrypt the " + row.describe() + ": its key id " + keyId
                    + " is not in the key ring (" + KeyRing.KEYS_VARIABLE + ")";
            case NOT_AUTHENTIC -> "cannot decrypt the " + row.describe() + " under key id " + keyId
                    + ": it does not authenticate (different key material under that id, a ciphertext moved from"
                    + " another row, or altered bytes)";
        };
    }

    public String keyId() {
        return keyId;
    }

    public AssociatedData row() {
        return row;
    }

    public Reason reason() {
        return reason;
    }
}
