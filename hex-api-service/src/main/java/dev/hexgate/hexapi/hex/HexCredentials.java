package dev.hexgate.hexapi.hex;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chooses the Hex credential for a user. For now the deployment's workspace token for everyone; token-vault's
 * per-user credentials replace this (DESIGN.md §5).
 */
@Component
public class HexCredentials {

    private final HexApiProperties properties;

    public HexCredentials(HexApiProperties properties) {
        this.properties = properties;
    }

    public Optional<String> restTokenFor(String userKey) {
        return properties.hasWorkspaceToken() ? Optional.of(properties.workspaceToken()) : Optional.empty();
    }
}
