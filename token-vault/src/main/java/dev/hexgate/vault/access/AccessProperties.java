package dev.hexgate.vault.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.access}: who may call the internal and the admin API.
 *
 * @param serviceTokens services allowed on {@code /internal/**}, as {@code service-name:token} entries separated by
 *                      commas, e.g. {@code hex-api-service:…,thread-poller:…,gateway-mcp:…}
 *                      ({@code HEXGATE_VAULT_SERVICE_TOKENS}; none: the internal API answers 401 to everyone)
 * @param adminToken    the bearer token of {@code /admin/**} ({@code HEXGATE_ADMIN_TOKEN}; none: the admin API
 *                      answers 401 to everyone)
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.access")
public record AccessProperties(List<String> serviceTokens, String adminToken) {

    public AccessProperties {
        serviceTokens = serviceTokens == null ? List.of()
                : serviceTokens.stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.trim();
    }

    /** Never the tokens. */
    @Override
    public String toString() {
        return "AccessProperties[" + serviceTokens.size() + " service tokens, admin token "
                + (adminToken == null ? "not set" : "set") + "]";
    }
}
