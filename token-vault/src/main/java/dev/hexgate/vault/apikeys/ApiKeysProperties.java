package dev.hexgate.vault.apikeys;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.token-vault.api-keys}.
 *
 * @param bootstrap gateway API keys to accept from the start, as {@code user:key} entries separated by commas
 *                  ({@code HEXGATE_VAULT_BOOTSTRAP_API_KEYS}). Each is stored (as its hash) at startup unless a key
 *                  with that hash exists already, so it appears in {@code GET /admin/api-keys} and can be revoked
 *                  like any other; a revoked one stays revoked after a restart. infra/local passes the key it
 *                  prints this way.
 */
@ConfigurationProperties(prefix = "hexgate.token-vault.api-keys")
public record ApiKeysProperties(List<String> bootstrap) {

    public ApiKeysProperties {
        bootstrap = bootstrap == null ? List.of()
                : bootstrap.stream().map(String::trim).filter(e -> !e.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "ApiKeysProperties[" + bootstrap.size() + " bootstrap keys]";
    }
}
