package dev.hexgate.vault.credentials;

import java.util.Arrays;
import java.util.Optional;

/** Whose credential: Hex's MCP server (OAuth, for threads) or Hex's REST API (a personal API token). */
public enum Provider {
    HEX_MCP("hex-mcp"),
    HEX_API("hex-api");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    /** As stored, in URLs and in JSON. */
    public String id() {
        return id;
    }

    public static Optional<Provider> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
