package dev.hexgate.hexapi.hex;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hexgate.hex-api}.
 *
 * @param url             Hex's REST API ({@code HEX_API_URL}; host, host/api or host/api/v1 all work)
 * @param workspaceToken  the deployment's workspace token ({@code HEX_API_TOKEN})
 * @param allowWorkspaceToken whether a user without a personal token of their own may act with the workspace
 *                        token ({@code HEXGATE_HEX_API_ALLOW_WORKSPACE_TOKEN}, default false: every action is then
 *                        done as the person who asked, or not at all)
 * @param connectTimeout  {@code HEXGATE_HEX_API_CONNECT_TIMEOUT}, default 5s
 * @param responseTimeout {@code HEXGATE_HEX_API_RESPONSE_TIMEOUT}, default 30s
 */
@ConfigurationProperties(prefix = "hexgate.hex-api")
public record HexApiProperties(URI url, String workspaceToken, boolean allowWorkspaceToken, Duration connectTimeout,
        Duration responseTimeout) {

    public HexApiProperties {
        url = url == null ? URI.create("http://localhost:8090") : url;
    }

    public boolean hasWorkspaceToken() {
        return workspaceToken != null && !workspaceToken.isBlank();
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "HexApiProperties[url=" + url + ", workspaceToken=" + (hasWorkspaceToken() ? "(set)" : "(none)")
                + ", allowWorkspaceToken=" + allowWorkspaceToken + "]";
    }
}
