package dev.hexgate.emulator.threads.rest;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Thread ids in paths. Hex types them as plain strings, so a malformed id is not a validation error: it simply
 * names no thread (404).
 */
final class ThreadIds {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ThreadIds() {
    }

    static Optional<UUID> parse(String id) {
        return id != null && UUID_FORMAT.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }

    static UUID require(String id) {
        return parse(id).orElseThrow(ThreadApiException::notFound);
    }
}
