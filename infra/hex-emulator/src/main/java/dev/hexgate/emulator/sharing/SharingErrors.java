package dev.hexgate.emulator.sharing;

import java.util.List;
import java.util.UUID;

/**
 * The {@code errors[]} items of the sharing routes: what could not be applied while the rest of the request
 * was (Hex answers 200 with partial failures).
 */
final class SharingErrors {

    private SharingErrors() {
    }

    record Users(List<UUID> userIds, String reason) {
    }

    record Groups(List<UUID> groupIds, String reason) {
    }

    record Collections(List<UUID> collectionIds, String reason) {
    }

    /** {@code type} is {@code workspace} or {@code publicWeb}. */
    record Audience(String type, String reason) {
    }
}
