package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.EmulatorProperties;
import org.springframework.stereotype.Component;

/**
 * The absolute URLs of the authorization server and the protected resource. Hex's issuer lives on
 * {@code https://auth.<host>}; the emulator serves both roles from its own public URL, which clients learn from the
 * metadata documents rather than by assuming Hex's layout.
 */
@Component
public class OAuthUrls {

    public static final String AUTHORIZE_PATH = "/oauth2/authorize";
    public static final String TOKEN_PATH = "/oauth2/token";
    public static final String REGISTER_PATH = "/oauth2/register";
    public static final String REVOKE_PATH = "/oauth2/revoke";

    private final String base;

    public OAuthUrls(EmulatorProperties properties) {
        String url = properties.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The issuer identifier: the public URL without a trailing slash (RFC 8414 metadata sits right under it). */
    public String issuer() {
        return base;
    }

    /** The canonical URI of the MCP endpoint, the only audience tokens are issued for (RFC 8707). */
    public String mcpResource() {
        return base + "/mcp";
    }

    public String endpoint(String path) {
        return base + path;
    }
}
