package dev.hexgate.vault.connect;

import java.time.Instant;

/**
 * A freshly minted connect link token; it exists only here and in the link sent to the user.
 *
 * @param token 256 random bits, base64url; never in {@link #toString()}
 */
public record IssuedLink(String token, ConnectLink link) {

    public Instant expiresAt() {
        return link.expiresAt();
    }

    @Override
    public String toString() {
        return "IssuedLink[" + link + "]";
    }
}
