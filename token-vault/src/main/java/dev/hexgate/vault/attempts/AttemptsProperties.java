package dev.hexgate.vault.attempts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.attempts}.
 *
 * @param lifetime       how long a start URL can be opened, and how long the user then has at Hex before the
 *                       callback ({@code HEXGATE_VAULT_ATTEMPT_LIFETIME}, 10m)
 * @param discoveryCache how long what discovery found out about Hex MCP is reused for new authorizations
 *                       ({@code HEXGATE_VAULT_DISCOVERY_CACHE}, 5m)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.attempts")
public record AttemptsProperties(Duration lifetime, Duration discoveryCache) {

    public AttemptsProperties {
        lifetime = lifetime == null ? Duration.ofMinutes(10) : lifetime;
        discoveryCache = discoveryCache == null ? Duration.ofMinutes(5) : discoveryCache;
    }
}
