package dev.hexgate.emulator.projects;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset cursor: the order it was issued for plus the position of the boundary project, as
 * base64url. Keyset (rather than offset) cursors stay correct when projects are added or removed between pages.
 */
record PageCursor(ProjectOrder order, ProjectOrder.Position position) {

    private static final String VERSION = "p1";
    private static final String SEPARATOR = "|";

    String encode() {
        String key = position.key() == null ? "" : position.key().toString();
        String raw = String.join(SEPARATOR, VERSION, order.sortBy().name(), order.direction().name(), key,
                position.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client-supplied cursor; it must have been issued for {@code expected}. */
    static PageCursor decode(String name, String value, ProjectOrder expected) {
        PageCursor cursor;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unexpected layout");
            }
            ProjectOrder order = new ProjectOrder(SortBy.valueOf(parts[1]), SortDirection.valueOf(parts[2]));
            Instant key = parts[3].isEmpty() ? null : Instant.parse(parts[3]);
            String id = UUID.fromString(parts[4]).toString();
            cursor = new PageCursor(order, new ProjectOrder.Position(key, id));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(name + " is not a valid cursor");
        }
        if (!cursor.order().equals(expected)) {
            throw new InvalidParameterException(name + " cursor was issued for a different sortBy/sortDirection");
        }
        return cursor;
    }
}
