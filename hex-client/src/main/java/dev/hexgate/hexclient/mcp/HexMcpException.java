package dev.hexgate.hexclient.mcp;

import java.util.Optional;

/**
 * Every way a call to Hex's MCP server can fail, as one type. The message is safe to log: it holds Hex's short
 * reason at most, clipped, and never the token (the SDK's own exceptions, which may carry the request with its
 * {@code Authorization} header, are never kept as the cause).
 */
public class HexMcpException extends RuntimeException {

    /** What kind of failure, so that callers decide without parsing messages. */
    public enum Kind {
        /** Hex answered 401: the token is missing, expired or revoked; the user must sign in (again). */
        AUTHORIZATION_REQUIRED,
        /** Hex answered 403: signed in, but not allowed (e.g. insufficient scope, no MCP access). */
        FORBIDDEN,
        /** The tool ran and answered {@code isError}: e.g. an unknown thread, a follow-up while it runs. */
        TOOL_ERROR,
        /** Hex's tool list has no such tool, or its input schema has no property our argument fits. */
        SCHEMA_MISMATCH,
        /** Hex answered another HTTP error status, or a JSON-RPC error. */
        PROTOCOL,
        /** No answer within the call's time limit. */
        TIMEOUT,
        /** Hex could not be reached, or the connection broke. */
        UNREACHABLE
    }

    private static final int MAX_REASON = 300;

    private final Kind kind;
    private final int status;
    private final String hexReason;
    private final boolean toolCallSent;

    public HexMcpException(Kind kind, int status, String hexReason, boolean toolCallSent, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.hexReason = hexReason == null ? null : clip(hexReason);
        this.toolCallSent = toolCallSent;
    }

    public Kind kind() {
        return kind;
    }

    /** Hex's HTTP status, or 0 when there was none (a tool error, a timeout, no connection). */
    public int status() {
        return status;
    }

    /** Hex's own words (a tool error's text, a JSON-RPC error message), clipped to 300 characters. */
    public Optional<String> hexReason() {
        return Optional.ofNullable(hexReason);
    }

    /**
     * Whether the {@code tools/call} request itself had been sent when this happened. A failure before it (at
     * {@code initialize} or {@code tools/list}) means Hex did nothing; a timeout after it means Hex may have.
     */
    public boolean toolCallSent() {
        return toolCallSent;
    }

    /** Worth trying again later: no answer, no connection, Hex overloaded (429, 502, 503, 504). */
    public boolean isTransient() {
        return kind == Kind.TIMEOUT || kind == Kind.UNREACHABLE
                || (kind == Kind.PROTOCOL && (status == 429 || status == 502 || status == 503 || status == 504));
    }

    static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON - 1) + "…";
    }
}
