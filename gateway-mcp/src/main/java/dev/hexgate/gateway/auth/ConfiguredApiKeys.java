package dev.hexgate.gateway.auth;

import dev.hexgate.gateway.GatewayProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * API keys from configuration ({@code owner:key}). Only SHA-256 digests are kept in memory, and lookup is by
 * digest, so the comparison time says nothing about how much of a guessed key was right. Asked before token-vault
 * (see {@link ApiKeyAuthentication}): a bootstrap key works even while token-vault is down.
 */
public class ConfiguredApiKeys implements ApiKeyAuthenticator {

    private final Map<String, Caller> callersByKeyDigest = new HashMap<>();

    public ConfiguredApiKeys(GatewayProperties properties) {
        for (String entry : properties.apiKeys()) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "hexgate.gateway.api-keys entries are owner:key; one entry is not (value not shown)");
            }
            callersByKeyDigest.put(digest(entry.substring(colon + 1)), new Caller(entry.substring(0, colon)));
        }
    }

    @Override
    public Mono<Caller> authenticate(String apiKey) {
        return Mono.justOrEmpty(callersByKeyDigest.get(digest(apiKey)));
    }

    boolean isEmpty() {
        return callersByKeyDigest.isEmpty();
    }

    static String digest(String apiKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
