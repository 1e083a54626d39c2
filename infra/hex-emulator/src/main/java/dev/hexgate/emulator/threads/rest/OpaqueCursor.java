package dev.hexgate.emulator.threads.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Cursors handed to clients: a versioned, {@code |}-separated tuple as base64url, opaque by design (Hex documents
 * cursors only as strings). A cursor that does not decode to the expected layout is a 400.
 */
final class OpaqueCursor {

    private static final String SEPARATOR = "|";

    private OpaqueCursor() {
    }

    static String encode(String version, String... parts) {
        String raw = version + SEPARATOR + String.join(SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts after the version; {@code name} is the query parameter, for the error message. */
    static List<String> decode(String name, String value, String version, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            List<String> split = List.of(raw.split("\\|", -1));
            if (split.size() == parts + 1 && split.get(0).equals(version)) {
                return split.subList(1, split.size());
            }
        } catch (IllegalArgumentException e) {
            // fall through: not base64url
        }
        throw invalid(name);
    }

    static ThreadApiException invalid(String name) {
        return ThreadApiException.badRequest(name + " is not a valid cursor");
    }
}
