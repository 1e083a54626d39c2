package dev.hexgate.gateway.auth;

/** An authenticated agent: the owner of the API key it presented. */
public record Caller(String owner) {

    /** The user key commands are published under (DESIGN.md §4). */
    public String userKey() {
        return "mcp:" + owner;
    }
}
