package dev.hexgate.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.gateway}.
 *
 * @param instanceId      names this instance in command origins so results find their way back
 *                        ({@code HEXGATE_GATEWAY_INSTANCE_ID}; default random per start)
 * @param apiKeys         callers' API keys as {@code owner:key} pairs, accepted without asking token-vault: a bootstrap
 *                        and fallback beside the keys token-vault issues ({@code HEXGATE_GATEWAY_API_KEYS},
 *                        comma-separated); removing one here is the only way to revoke it
 * @param commandTimeout  how long a tool call waits for its result ({@code HEXGATE_GATEWAY_COMMAND_TIMEOUT}, 30s)
 * @param allowedOrigins  browser origins allowed to call /mcp, DNS-rebinding protection
 *                        ({@code HEXGATE_GATEWAY_ALLOWED_ORIGINS}; localhost on any port by default)
 * @param tokenVault      where API keys issued by token-vault are checked
 * @param threadReportGrace how long past its {@code timeout_seconds} an {@code ask_hex} call still waits for
 *                        thread-poller's report before answering {@code timeout} on its own
 *                        ({@code HEXGATE_GATEWAY_THREAD_REPORT_GRACE}, 15s)
 */
@ConfigurationProperties(prefix = "hexgate.gateway")
public record GatewayProperties(
        String instanceId,
        List<String> apiKeys,
        Duration commandTimeout,
        List<String> allowedOrigins,
        TokenVault tokenVault,
        Duration threadReportGrace) {

    public GatewayProperties {
        instanceId = instanceId == null || instanceId.isBlank()
                ? "gw-" + UUID.randomUUID().toString().substring(0, 8) : instanceId;
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().filter(k -> !k.isBlank()).toList();
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(30) : commandTimeout;
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().filter(o -> !o.isBlank()).toList();
        if (allowedOrigins.isEmpty()) {
            allowedOrigins = List.of("http://localhost:*", "http://127.0.0.1:*");
        }
        tokenVault = tokenVault == null ? new TokenVault(null, null, null, null, null) : tokenVault;
        threadReportGrace = threadReportGrace == null ? Duration.ofSeconds(15) : threadReportGrace;
    }

    /**
     * token-vault's API key check ({@code POST /internal/api-keys/verify}), with a short cache of its answers.
     *
     * @param url              token-vault's base URL ({@code HEXGATE_TOKEN_VAULT_URL}; none: only the configured
     *                         {@code api-keys} are accepted)
     * @param serviceToken     this gateway's service token at token-vault
     *                         ({@code HEXGATE_GATEWAY_TOKEN_VAULT_SERVICE_TOKEN})
     * @param cacheTtl         how long an accepted key is taken without asking again, which is also how long a
     *                         revoked key may still work here ({@code HEXGATE_GATEWAY_API_KEY_CACHE_TTL}, 30s)
     * @param negativeCacheTtl how long an unknown or revoked key is refused without asking again
     *                         ({@code HEXGATE_GATEWAY_API_KEY_NEGATIVE_CACHE_TTL}, 5s)
     * @param timeout          how long to wait for token-vault's answer ({@code HEXGATE_GATEWAY_TOKEN_VAULT_TIMEOUT}, 3s)
     */
    public record TokenVault(String url, String serviceToken, Duration cacheTtl, Duration negativeCacheTtl,
            Duration timeout) {

        public TokenVault {
            url = url == null || url.isBlank() ? null : url.trim().replaceAll("/+$", "");
            serviceToken = serviceToken == null || serviceToken.isBlank() ? null : serviceToken.trim();
            cacheTtl = cacheTtl == null ? Duration.ofSeconds(30) : cacheTtl;
            negativeCacheTtl = negativeCacheTtl == null ? Duration.ofSeconds(5) : negativeCacheTtl;
            timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        }

        public boolean enabled() {
            return url != null;
        }

        /** Never the service token. */
        @Override
        public String toString() {
            return "TokenVault[url=" + url + ", serviceToken=" + (serviceToken == null ? "none" : "***")
                    + ", cacheTtl=" + cacheTtl + ", negativeCacheTtl=" + negativeCacheTtl + ", timeout=" + timeout + "]";
        }
    }

    /** Never the API keys. */
    @Override
    public String toString() {
        return "GatewayProperties[instanceId=" + instanceId + ", " + apiKeys.size() + " configured API keys"
                + ", commandTimeout=" + commandTimeout + ", allowedOrigins=" + allowedOrigins
                + ", tokenVault=" + tokenVault + ", threadReportGrace=" + threadReportGrace + "]";
    }
}
