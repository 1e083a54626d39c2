/**
 * The OAuth 2.1 client for Hex MCP (MCP authorization spec): discovery from the MCP URL, dynamic client
 * registration, PKCE S256 authorization requests with resource indicators, code exchange, rotating refresh and
 * revocation. Entry point: {@link dev.hexgate.vault.oauth.HexOAuthClient}. It keeps no state; storing
 * registrations and tokens (encrypted) is the caller's job.
 */
package dev.hexgate.vault.oauth;
