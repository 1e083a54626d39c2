package dev.hexgate.vault.credentials;

import java.util.Arrays;

/** Which secret of a credential a ciphertext is. Part of the associated data, so fields cannot be swapped. */
enum SecretKind {
    ACCESS_TOKEN("access-token"),
    REFRESH_TOKEN("refresh-token"),
    CLIENT_SECRET("client-secret"),
    API_TOKEN("api-token");

    private final String id;

    SecretKind(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static SecretKind byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown secret kind in the database: " + id));
    }
}
