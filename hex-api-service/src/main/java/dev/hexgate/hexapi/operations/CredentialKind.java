package dev.hexgate.hexapi.operations;

/** Which of the user's Hex credentials an operation acts with (DESIGN.md §5). */
public enum CredentialKind {
    /**
     * Hex's REST API: the user's personal token, else the workspace token where configuration allows it
     * (token-vault provider {@code hex-api}).
     */
    HEX_API,
    /**
     * Hex's MCP server (threads): the user's own OAuth access token, only (token-vault provider {@code hex-mcp}).
     * Hex MCP threads are always the signed-in user's, so the workspace token is never used.
     */
    HEX_MCP
}
