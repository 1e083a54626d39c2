package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.hexclient.error.HexApiException;
import dev.hexgate.hexclient.mcp.HexMcpException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Words a Hex failure for the person who asked. Uses Hex's short reason where it helps and never Hex's body, the
 * token, or a stack trace.
 */
final class FailureTranslator {

    private FailureTranslator() {
    }

    record Translation(FailureCode code, Integer hexStatus, String message, boolean retryable) {
    }

    static Translation translate(String operation, String target, HexApiException e) {
        String reason = e.hexReason().map(r -> " Hex said: " + r).orElse("");
        String tries = e.attempts() > 1 ? " (tried " + e.attempts() + " times)" : "";
        return switch (e.kind()) {
            case TIMEOUT -> new Translation(FailureCode.HEX_UNAVAILABLE, null,
                    "Hex did not answer " + operation + " in time" + tries + ". Try again in a minute.", true);
            case UNREACHABLE -> new Translation(FailureCode.HEX_UNAVAILABLE, null,
                    "Hex could not be reached for " + operation + tries
                            + ". Check that Hex is up and HEX_API_URL is right.", true);
            case THROTTLED -> new Translation(FailureCode.RATE_LIMITED, null,
                    "hexgate held back " + operation + " to stay within Hex's rate limit for this Hex token, so "
                            + "nothing was sent to Hex." + waitHint(e, "Try again in "), true);
            case HTTP_STATUS -> byStatus(operation, target, e.status(), reason, tries, e);
        };
    }

    private static Translation byStatus(String operation, String target, int status, String reason, String tries,
            HexApiException e) {
        if (status == 404) {
            return new Translation(FailureCode.NOT_FOUND, status,
                    "Hex has no " + target + ", or the Hex credential in use cannot see it.", false);
        }
        if (status == 401) {
            return new Translation(FailureCode.UNAUTHORIZED, status,
                    "Hex rejected the credential used for " + operation
                            + ": the token may be expired or revoked. Reconnect the Hex account or replace the token.",
                    false);
        }
        if (status == 403) {
            return new Translation(FailureCode.FORBIDDEN, status,
                    "The Hex credential in use is not allowed to access " + target
                            + ". Ask a Hex admin for access, or use a token with the needed scope." + reason, false);
        }
        if (status == 429) {
            return new Translation(FailureCode.RATE_LIMITED, status,
                    "Hex is rate-limiting these requests" + tries + "." + waitHint(e, "Hex asks to wait ")
                            + " Try again later.", true);
        }
        if (status == 400 || status == 422) {
            return new Translation(FailureCode.INVALID_ARGUMENTS, status,
                    "Hex rejected the arguments of " + operation + "." + reason, false);
        }
        if (status >= 500) {
            return new Translation(FailureCode.HEX_UNAVAILABLE, status,
                    "Hex failed while handling " + operation + " (status " + status + ")" + tries + "."
                            + waitHint(e, "Hex asks to wait ") + " Try again shortly.", true);
        }
        return new Translation(FailureCode.INTERNAL, status,
                "Hex answered " + operation + " with status " + status + "." + reason, false);
    }

    /** A failure at Hex's MCP server (the thread operations). Hex's own words are quoted, clipped. */
    static Translation translate(String operation, String target, HexMcpException e) {
        String reason = e.hexReason().map(r -> " Hex said: " + r).orElse("");
        switch (e.kind()) {
            case AUTHORIZATION_REQUIRED:
                return new Translation(FailureCode.UNAUTHORIZED, e.status(),
                        "Hex did not accept your Hex sign-in for " + operation + ": it may have expired or been "
                                + "revoked. Disconnect the hex-mcp account (disconnect_hex_account) and connect it "
                                + "again (hex_connection_status gives the link).", false);
            case FORBIDDEN:
                return new Translation(FailureCode.FORBIDDEN, e.status(),
                        "Hex does not allow your Hex account to use " + operation + " (Hex threads need the Explorer "
                                + "role or higher, on a Team or Enterprise plan).", false);
            case TOOL_ERROR:
                String said = e.hexReason().orElse("").toLowerCase(Locale.ROOT);
                if (said.contains("not found")) {
                    return new Translation(FailureCode.NOT_FOUND, null,
                            "Hex has no " + target + ", or it is not yours." + reason, false);
                }
                return new Translation(FailureCode.INVALID_ARGUMENTS, null,
                        "Hex refused " + operation + "." + reason, said.contains("idle") || said.contains("wait"));
            case SCHEMA_MISMATCH:
                return new Translation(FailureCode.INTERNAL, null, e.getMessage(), false);
            case TIMEOUT:
                return new Translation(FailureCode.HEX_UNAVAILABLE, null,
                        "Hex did not answer " + operation + " in time. Try again in a minute.", true);
            case UNREACHABLE:
                return new Translation(FailureCode.HEX_UNAVAILABLE, null,
                        "Hex's MCP server could not be reached for " + operation
                                + ". Check that Hex is up and HEX_MCP_URL is right.", true);
            default:
                if (e.status() == 429) {
                    return new Translation(FailureCode.RATE_LIMITED, 429,
                            "Hex is rate-limiting these requests. Try again later.", true);
                }
                if (e.status() >= 500) {
                    return new Translation(FailureCode.HEX_UNAVAILABLE, e.status(),
                            "Hex failed while handling " + operation + " (status " + e.status()
                                    + "). Try again shortly.", true);
                }
                return new Translation(FailureCode.INTERNAL, e.status() == 0 ? null : e.status(),
                        "Hex's MCP server answered " + operation + " unexpectedly." + reason, false);
        }
    }

    static Optional<HexMcpException> mcpFailure(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof HexMcpException mcp) {
                return Optional.of(mcp);
            }
        }
        return Optional.empty();
    }

    /** " Hex asks to wait 30 s." from {@code Retry-After}, or nothing. */
    private static String waitHint(HexApiException e, String lead) {
        return e.retryAfter().map(d -> " " + lead + Math.max(1, d.toSeconds()) + " s.").orElse("");
    }

    static Optional<HexApiException> hexFailure(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof HexApiException hex) {
                return Optional.of(hex);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }

    /**
     * Whether a write that failed this way may still have reached Hex: no answer in time, or the connection broke
     * after it was made. A refused connection, an unknown host, a call hexgate held back and every answer Hex
     * gave (an error status) mean the change was not made.
     */
    static boolean mayHaveReachedHex(Throwable error) {
        Optional<HexMcpException> mcp = mcpFailure(error);
        if (mcp.isPresent()) {
            // set-up (initialize, tools/list) failing means the tool call was never sent
            return mcp.get().toolCallSent() && (mcp.get().kind() == HexMcpException.Kind.TIMEOUT
                    || mcp.get().kind() == HexMcpException.Kind.UNREACHABLE);
        }
        Optional<HexApiException> hex = hexFailure(error);
        if (hex.isEmpty()) {
            return false;
        }
        switch (hex.get().kind()) {
            case TIMEOUT:
                return true;
            case UNREACHABLE:
                for (Throwable cause = hex.get(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }
}
