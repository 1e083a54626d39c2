package dev.hexgate.poller.hex;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.thread-poller.token-vault}: where users' Hex MCP access tokens come from.
 *
 * @param url          token-vault's base URL ({@code HEXGATE_TOKEN_VAULT_URL})
 * @param serviceToken this service's credential for token-vault's internal API
 *                     ({@code HEXGATE_THREAD_POLLER_VAULT_SERVICE_TOKEN}); never logged
 * @param timeout      {@code HEXGATE_THREAD_POLLER_VAULT_TIMEOUT}, default 5s per call
 */
@ConfigurationProperties(prefix = "hexgate.thread-poller.token-vault")
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
