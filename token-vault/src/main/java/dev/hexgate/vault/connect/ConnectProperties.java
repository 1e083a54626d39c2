package dev.hexgate.vault.connect;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.connect}: the pages where users connect their Hex accounts.
 *
 * @param publicUrl    the vault's address as users' browsers reach it, the base of every connect link
 *                     ({@code HEXGATE_VAULT_PUBLIC_URL}; default {@code http://localhost:<this server's port>})
 * @param linkLifetime how long a connect link stays usable ({@code HEXGATE_VAULT_CONNECT_LINK_LIFETIME}, 10m)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.connect")
public record ConnectProperties(String publicUrl, Duration linkLifetime) {

    public ConnectProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.trim().replaceAll("/+$", "");
        linkLifetime = linkLifetime == null ? Duration.ofMinutes(10) : linkLifetime;
    }
}
