package dev.hexgate.vault.credentials;

import java.util.Objects;

/**
 * A user's personal Hex API token ({@code hxtp_…}), and who Hex said it belongs to when it was stored.
 *
 * @param token        secret: encrypted at rest, never in {@link #toString()}
 * @param hexUserId    Hex's user id from {@code GET /v1/users/me}, if known
 * @param hexUserEmail Hex's user email from the same answer, if known
 */
public record HexApiCredential(String token, String hexUserId, String hexUserEmail) {

    public HexApiCredential {
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "HexApiCredential[hexUserId=" + hexUserId + ", hexUserEmail=" + hexUserEmail + "]";
    }
}
