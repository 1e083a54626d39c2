package dev.hexgate.emulator.oauth;

import dev.hexgate.emulator.PublicUrl;
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

    private final PublicUrl publicUrl;

    public OAuthUrls(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The issuer identifier: the public URL without a trailing slash (RFC 8414 metadata sits right under it). */
    public String issuer() {
        return publicUrl.base();
    }

    /** The canonical URI of the MCP endpoint, the only audience tokens are issued for (RFC 8707). */
    public String mcpResource() {
        return publicUrl.base() + "/mcp";
    }

    public String endpoint(String path) {
        return publicUrl.base() + path;
    }
}
