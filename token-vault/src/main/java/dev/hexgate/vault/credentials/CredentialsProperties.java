package dev.hexgate.vault.credentials;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.credentials}.
 *
 * @param expiryMargin an OAuth access token that expires within this margin is not handed out (it would expire in
 *                     the caller's hands); the caller is told to have it refreshed instead
 *                     ({@code HEXGATE_VAULT_EXPIRY_MARGIN}, 60s)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.credentials")
public record CredentialsProperties(Duration expiryMargin) {

    public CredentialsProperties {
        expiryMargin = expiryMargin == null ? Duration.ofSeconds(60) : expiryMargin;
    }
}
