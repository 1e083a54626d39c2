package dev.hexgate.hexapi.vault;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.hex-api.token-vault}: where users' own Hex credentials come from.
 *
 * @param url          token-vault's base URL ({@code HEXGATE_TOKEN_VAULT_URL}); unset: no per-user credentials,
 *                     only the workspace token where {@code allow-workspace-token} permits it
 * @param serviceToken this service's credential for token-vault's internal API
 *                     ({@code HEXGATE_HEX_API_VAULT_SERVICE_TOKEN}); never logged
 * @param timeout      {@code HEXGATE_HEX_API_VAULT_TIMEOUT}, default 5s per call
 */
@ConfigurationProperties(prefix = "hexgate.hex-api.token-vault")
public record TokenVaultProperties(URI url, String serviceToken, @DefaultValue("5s") Duration timeout) {

    public boolean configured() {
        return url != null && !url.toString().isBlank();
    }

    /** Never prints the service token. */
    @Override
    public String toString() {
        return "TokenVaultProperties[url=" + url + ", serviceToken=" + (serviceToken == null ? "(none)" : "(set)")
                + ", timeout=" + timeout + "]";
    }
}
