package dev.hexgate.emulator.paging;

import dev.hexgate.emulator.web.RejectedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset cursor, base64url of {@code c1|<order>|<id>|<key>}. The key goes last because names may
 * contain the separator. Keyset cursors stay correct when items are added or removed between pages.
 */
final class Cursor {

    private static final String VERSION = "c1";

    private Cursor() {
    }

    static String encode(String order, Ordering.Position position) {
        String key = position.key() == null ? "-" : "+" + position.key();
        String raw = String.join("|", VERSION, order, position.id(), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client-supplied cursor, which must have been issued for {@code expectedOrder}. */
    static Ordering.Position decode(String parameter, String value, String expectedOrder) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 4);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()
                || (parts[3].charAt(0) != '-' && parts[3].charAt(0) != '+')) {
            throw RejectedRequestException.badRequest(parameter + " is not a valid cursor");
        }
        if (!parts[1].equals(expectedOrder)) {
            throw RejectedRequestException.badRequest(
                    parameter + " cursor was issued for a different sortBy/sortDirection");
        }
        String key = parts[3].charAt(0) == '-' ? null : parts[3].substring(1);
        return new Ordering.Position(key, parts[2]);
    }
}
