package dev.hexgate.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a ciphertext belongs to: the row it is stored in. It is authenticated with the ciphertext, so a ciphertext
 * copied to another user's row, another provider or another field does not decrypt. The parts are joined with NUL,
 * which none of them can contain, so two different rows never give the same bytes.
 *
 * @param userKey  e.g. {@code slack:T123:U456} or {@code mcp:alice}
 * @param provider e.g. {@code hex-mcp}
 * @param kind     which secret of the row, e.g. {@code access-token}
 */
public record AssociatedData(String userKey, String provider, String kind) {

    private static final String CONTEXT = "hexgate.vault.credential.v1";

    public AssociatedData {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(kind, "kind");
        if ((userKey + provider + kind).indexOf('\0') >= 0) {
            throw new IllegalArgumentException("associated data parts cannot contain NUL");
        }
    }

    byte[] bytes() {
        return String.join("\0", CONTEXT, userKey, provider, kind).getBytes(StandardCharsets.UTF_8);
    }

    /** How errors and logs name the row: {@code hex-mcp access-token of user mcp:alice}. */
    public String describe() {
        return provider + " " + kind + " of user " + userKey;
    }
}
