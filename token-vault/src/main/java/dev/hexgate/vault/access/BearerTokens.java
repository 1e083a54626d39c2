package dev.hexgate.vault.access;

import dev.hexgate.vault.crypto.RandomTokens;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed set of named bearer tokens, kept as SHA-256 digests. A presented token is hashed and compared with every
 * digest in constant time ({@link MessageDigest#isEqual}), without stopping at a match, so timing says nothing
 * about which token matched or how much of a guess was right.
 */
final class BearerTokens {

    private final Map<String, byte[]> digestsByName;

    private BearerTokens(Map<String, byte[]> digestsByName) {
        this.digestsByName = digestsByName;
    }

    /** From {@code name:token} entries; {@code setting} names the setting in error messages, never the token. */
    static BearerTokens parse(Iterable<String> entries, String setting) {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        int position = 0;
        for (String entry : entries) {
            position++;
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(setting + " entry " + position
                        + " is not name:token (entry not shown)");
            }
            String name = entry.substring(0, colon).trim();
            if (digests.containsKey(name)) {
                throw new IllegalArgumentException(setting + " names " + name + " twice");
            }
            digests.put(name, RandomTokens.sha256(entry.substring(colon + 1).trim()));
        }
        return new BearerTokens(digests);
    }

    static BearerTokens single(String name, String token) {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        if (token != null) {
            digests.put(name, RandomTokens.sha256(token));
        }
        return new BearerTokens(digests);
    }

    boolean isEmpty() {
        return digestsByName.isEmpty();
    }

    int size() {
        return digestsByName.size();
    }

    /** The name the token was configured under, if it is one of them. */
    Optional<String> match(String presented) {
        byte[] digest = RandomTokens.sha256(presented);
        String matched = null;
        for (Map.Entry<String, byte[]> entry : digestsByName.entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), digest) && matched == null) {
                matched = entry.getKey();
            }
        }
        return Optional.ofNullable(matched);
    }

}
