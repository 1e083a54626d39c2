package dev.hexgate.emulator.cells;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque ListCells cursor: the project it was issued for and the rank of the boundary cell, as base64url.
 * Ranks never change, so a cursor stays valid when cells are added or deleted between pages (even the boundary
 * cell itself).
 */
record CellCursor(UUID projectId, BigDecimal rank) {

    private static final String VERSION = "c1";

    String encode() {
        String raw = String.join("|", VERSION, projectId.toString(), rank.toPlainString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client-supplied cursor ({@code name} is the parameter); it must belong to {@code projectId}. */
    static CellCursor decode(String name, String value, UUID projectId) {
        CellCursor cursor;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unexpected layout");
            }
            cursor = new CellCursor(UUID.fromString(parts[1]), new BigDecimal(parts[2]));
        } catch (RuntimeException e) {
            throw new CellRuleException(name + " is not a valid cursor");
        }
        if (!cursor.projectId().equals(projectId)) {
            throw new CellRuleException(name + " cursor was issued for a different project");
        }
        return cursor;
    }
}
