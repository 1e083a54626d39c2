package dev.hexgate.hexapi.commands;

import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.hexclient.error.HexApiException;
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
        return switch (e.kind()) {
            case TIMEOUT -> new Translation(FailureCode.HEX_UNAVAILABLE, null,
                    "Hex did not answer " + operation + " in time. Try again in a minute.", true);
            case UNREACHABLE -> new Translation(FailureCode.HEX_UNAVAILABLE, null,
                    "Hex could not be reached for " + operation + ". Check that Hex is up and HEX_API_URL is right.",
                    true);
            case HTTP_STATUS -> byStatus(operation, target, e.status(), reason, e);
        };
    }

    private static Translation byStatus(String operation, String target, int status, String reason, HexApiException e) {
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
            String wait = e.retryAfter().map(d -> " Hex asks to wait " + Math.max(1, d.toSeconds()) + " s.")
                    .orElse("");
            return new Translation(FailureCode.RATE_LIMITED, status,
                    "Hex is rate-limiting these requests." + wait + " Try again later.", true);
        }
        if (status == 400 || status == 422) {
            return new Translation(FailureCode.INVALID_ARGUMENTS, status,
                    "Hex rejected the arguments of " + operation + "." + reason, false);
        }
        if (status >= 500) {
            return new Translation(FailureCode.HEX_UNAVAILABLE, status,
                    "Hex failed while handling " + operation + " (status " + status + "). Try again shortly.", true);
        }
        return new Translation(FailureCode.INTERNAL, status,
                "Hex answered " + operation + " with status " + status + "." + reason, false);
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
}
